// Sessions of the Conference of the Parties and what is aggregated per session.
import type { Graph } from '../driver.js';
import type {
  AgendaItemRecord,
  EventKind,
  EventRecord,
  OrganizationKind,
  Page,
  SessionOrganizationRecord,
  SessionPersonRecord,
  SessionRecord,
  SessionTopicRecord,
} from './records.js';
import { readColumn, readKeyed, readPages, readPerRequest, readRows, type Keyed, type Window } from './rows.js';

export async function sessionsPage(graph: Graph, offset: number, limit: number | null): Promise<Page<SessionRecord>> {
  const [row] = await readRows<{ total: number; page: SessionRecord[] }>(graph, 'sessions-page', { offset, limit });
  return { total: row?.total ?? 0, offset, page: row?.page ?? [] };
}

export const sessionsByNumber = (graph: Graph, numbers: readonly number[]) =>
  readColumn<SessionRecord>(graph, 'sessions-by-number', 'session', { keys: [...numbers] });

export const sessionEvents = (graph: Graph, requests: readonly ({ key: number; kind: EventKind | null } & Window)[]) =>
  readPages<EventRecord>(graph, 'session-events', requests);

export async function sessionOrganizations(
  graph: Graph,
  requests: readonly { key: number; kind: OrganizationKind | null; first: number }[],
): Promise<SessionOrganizationRecord[][]> {
  const groups = await readPerRequest<{ ranked: SessionOrganizationRecord[] }>(
    graph,
    'session-organizations',
    requests,
  );
  return groups.map(([row]) => row?.ranked ?? []);
}

export async function sessionTopics(
  graph: Graph,
  numbers: readonly number[],
): Promise<Keyed<number, SessionTopicRecord>[]> {
  const rows = await readRows<SessionTopicRecord & { key: number }>(graph, 'session-topics', { keys: [...numbers] });
  return rows.map(({ key, ...value }) => ({ key, value }));
}

export const sessionAgenda = (graph: Graph, numbers: readonly number[]) =>
  readKeyed<number, AgendaItemRecord>(graph, 'session-agenda', 'item', numbers);

export async function sessionPeople(
  graph: Graph,
  numbers: readonly number[],
): Promise<Keyed<number, SessionPersonRecord>[]> {
  const rows = await readRows<SessionPersonRecord & { key: number }>(graph, 'session-people', { keys: [...numbers] });
  return rows.map(({ key, ...value }) => ({ key, value }));
}
