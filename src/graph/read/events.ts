// Events (side events, plenary items, working-group meetings, special events) and what hangs off them.
import type { Graph } from '../driver.js';
import type {
  AgendaItemRecord,
  EventKind,
  EventRecord,
  OrganizerRecord,
  OrganizerRole,
  Page,
  TopicRecord,
  WorkingGroupRecord,
} from './records.js';
import { readColumn, readKeyed, readPerRequest, readRows } from './rows.js';

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

export async function findEvents(
  graph: Graph,
  query: EventQuery,
  offset: number,
  limit: number | null,
): Promise<Page<EventRecord>> {
  const [row] = await readRows<{ total: number; page: EventRecord[] }>(graph, 'events-find', {
    ...query,
    offset,
    limit,
  });
  return { total: row?.total ?? 0, offset, page: row?.page ?? [] };
}

export const eventsById = (graph: Graph, ids: readonly string[]) =>
  readColumn<EventRecord>(graph, 'events-by-id', 'event', { keys: [...ids] });

export async function eventOrganizers(
  graph: Graph,
  requests: readonly { key: string; role: OrganizerRole | null }[],
): Promise<OrganizerRecord[][]> {
  return readPerRequest<OrganizerRecord>(graph, 'event-organizers', requests);
}

export const eventTopics = (graph: Graph, ids: readonly string[]) =>
  readKeyed<string, TopicRecord>(graph, 'event-topics', 'topic', ids);

export const eventAgendaItems = (graph: Graph, ids: readonly string[]) =>
  readKeyed<string, AgendaItemRecord>(graph, 'event-agenda-items', 'item', ids);

export const eventWorkingGroups = (graph: Graph, ids: readonly string[]) =>
  readKeyed<string, WorkingGroupRecord>(graph, 'event-working-groups', 'group', ids);
