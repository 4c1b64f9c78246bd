// Events (side events, plenary items, working-group meetings, special events) and what hangs off them.
import type { Graph } from '../driver.js';
import type { AgendaItemRecord } from './agenda.js';
import type { OrganizationRecord } from './organizations.js';
import type { TopicRecord } from './topics.js';
import type { WorkingGroupRecord } from './working-groups.js';
import { readColumn, readKeyed, readRows, type Keyed } from './rows.js';

export type EventKind = 'SIDE_EVENT' | 'SPECIAL_EVENT' | 'PLENARY' | 'COMMITTEE_OF_THE_WHOLE' | 'WORKING_GROUP_MEETING';
export type OrganizerRole = 'LEAD' | 'PARTNER';

export interface EventRecord {
  id: string;
  kind: EventKind;
  session: number;
  title: string;
  description: string | null;
  date: string;
  start: string | null;
  end: string | null;
  venue: string | null;
  online: boolean | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

/** One ORGANIZES relationship seen from the event: who, in which role, named how, cited where. */
export interface OrganizerRecord {
  organization: OrganizationRecord;
  role: OrganizerRole;
  surface: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

/** events(filter:) after names were resolved to keys; null means "no constraint". */
export interface EventQuery {
  sessions: number[] | null;
  kinds: EventKind[] | null;
  from: string | null;
  to: string | null;
  /** Lower-cased; matched inside title or description. */
  text: string | null;
  topic: string | null;
  organization: string | null;
  role: OrganizerRole | null;
}

export interface Page<T> {
  total: number;
  page: T[];
}

export async function findEvents(
  graph: Graph,
  query: EventQuery,
  offset: number,
  limit: number,
): Promise<Page<EventRecord>> {
  const [row] = await readRows<Page<EventRecord>>(graph, 'events-find', { ...query, offset, limit });
  return row ?? { total: 0, page: [] };
}

export const eventsById = (graph: Graph, ids: readonly string[]) =>
  readColumn<EventRecord>(graph, 'events-by-id', 'event', { keys: [...ids] });

export async function eventOrganizers(graph: Graph, ids: readonly string[]): Promise<Keyed<string, OrganizerRecord>[]> {
  const rows = await readRows<OrganizerRecord & { key: string }>(graph, 'event-organizers', { keys: [...ids] });
  return rows.map(({ key, ...value }) => ({ key, value }));
}

export const eventTopics = (graph: Graph, ids: readonly string[]) =>
  readKeyed<string, TopicRecord>(graph, 'event-topics', 'topic', ids);

export const eventAgendaItems = (graph: Graph, ids: readonly string[]) =>
  readKeyed<string, AgendaItemRecord>(graph, 'event-agenda-items', 'item', ids);

export const eventWorkingGroups = (graph: Graph, ids: readonly string[]) =>
  readKeyed<string, WorkingGroupRecord>(graph, 'event-working-groups', 'group', ids);
