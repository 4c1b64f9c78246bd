// Organizations: lookups by key and name, their mentions as organizers, hierarchy and partners.
import type { Graph } from '../driver.js';
import type { EventRecord, OrganizerRole, Page } from './events.js';
import { readColumn, readKeyed, readRows, type Keyed } from './rows.js';

import type { OrganizationKind } from '../../domain/kinds.js';

export interface OrganizationRecord {
  key: string;
  name: string;
  kind: OrganizationKind;
  iso3: string | null;
  acronym: string | null;
  code: string | null;
  aliases: string[] | null;
  known: boolean | null;
}

/** One ORGANIZES relationship seen from the organization. */
export interface MentionRecord {
  event: EventRecord;
  role: OrganizerRole;
  surface: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

/** A co-organizer and one event it shared with the organization. */
export interface PartnerEventRecord {
  partner: OrganizationRecord;
  event: EventRecord;
}

export interface OrganizationQuery {
  kinds: OrganizationKind[] | null;
  /** Lower-cased; matched inside name, acronym or aliases. */
  name: string | null;
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
  limit: number,
): Promise<Page<OrganizationRecord>> {
  const [row] = await readRows<Page<OrganizationRecord>>(graph, 'organizations-find', { ...query, offset, limit });
  return row ?? { total: 0, page: [] };
}

export async function organizationMentions(
  graph: Graph,
  keys: readonly string[],
): Promise<Keyed<string, MentionRecord>[]> {
  const rows = await readRows<MentionRecord & { key: string }>(graph, 'organization-mentions', { keys: [...keys] });
  return rows.map(({ key, ...value }) => ({ key, value }));
}

export const organizationUnits = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, OrganizationRecord>(graph, 'organization-units', 'organization', keys);

export const organizationParents = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, OrganizationRecord>(graph, 'organization-parents', 'organization', keys);

export async function organizationPartners(
  graph: Graph,
  keys: readonly string[],
): Promise<Keyed<string, PartnerEventRecord>[]> {
  const rows = await readRows<PartnerEventRecord & { key: string }>(graph, 'organization-partners', {
    keys: [...keys],
  });
  return rows.map(({ key, ...value }) => ({ key, value }));
}
