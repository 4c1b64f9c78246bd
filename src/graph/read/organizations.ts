// Organizations: lookups by key and name, their mentions as organizers, events, timeline and hierarchy.
import type { Graph } from '../driver.js';
import type {
  EventRecord,
  MentionRecord,
  OrganizationKind,
  OrganizationRecord,
  OrganizerRole,
  Page,
  TimelinePoint,
} from './records.js';
import { readColumn, readKeyed, readPages, readPerRequest, readRows, type Window } from './rows.js';

export interface OrganizationQuery {
  kinds: OrganizationKind[] | null;
  /** Lower-cased; matched inside name, acronym or aliases. */
  name: string | null;
  sessions: number[] | null;
}

/** Organization.events / mentions arguments, normalized (null = no constraint). */
export interface OrganizationEventsFilter {
  key: string;
  role: OrganizerRole | null;
  sessions: number[] | null;
}

export const organizationsByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<OrganizationRecord>(graph, 'organizations-by-key', 'organization', { keys: [...keys] });

/** Case-insensitive match on name, acronym or any alias; null when nothing matches. */
export async function organizationByName(graph: Graph, name: string): Promise<OrganizationRecord | null> {
  const [found] = await readColumn<OrganizationRecord>(graph, 'organization-by-name', 'organization', {
    name: name.trim().toLowerCase(),
  });
  return found ?? null;
}

export async function findOrganizations(
  graph: Graph,
  query: OrganizationQuery,
  offset: number,
  limit: number | null,
): Promise<Page<OrganizationRecord>> {
  const [row] = await readRows<{ total: number; page: OrganizationRecord[] }>(graph, 'organizations-find', {
    ...query,
    offset,
    limit,
  });
  return { total: row?.total ?? 0, offset, page: row?.page ?? [] };
}

export const organizationEvents = (graph: Graph, requests: readonly (OrganizationEventsFilter & Window)[]) =>
  readPages<EventRecord>(graph, 'organization-events', requests);

export async function organizationMentions(
  graph: Graph,
  requests: readonly OrganizationEventsFilter[],
): Promise<MentionRecord[][]> {
  return readPerRequest<MentionRecord>(graph, 'organization-mentions', requests);
}

export async function organizationTimelines(
  graph: Graph,
  requests: readonly { key: string }[],
): Promise<TimelinePoint[][]> {
  return readPerRequest<TimelinePoint>(graph, 'organization-timeline', requests);
}

export const organizationUnits = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, OrganizationRecord>(graph, 'organization-units', 'organization', keys);

export const organizationParents = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, OrganizationRecord>(graph, 'organization-parents', 'organization', keys);
