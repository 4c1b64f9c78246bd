// Sessions of the Conference of the Parties and what is aggregated per session.
import type { Graph } from '../driver.js';
import type { OrganizationRecord } from './organizations.js';
import type { TopicRecord } from './topics.js';
import type { AgendaItemRecord } from './agenda.js';
import type { PersonRecord } from './people.js';
import type { EventRecord } from './events.js';
import { readColumn, readKeyed, readRows, type Keyed } from './rows.js';

export interface SessionRecord {
  number: number;
  year: number | null;
  city: string | null;
  startDate: string | null;
  endDate: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface SessionOrganizationRecord {
  organization: OrganizationRecord;
  eventCount: number;
  leadCount: number;
  partnerCount: number;
}

export interface SessionTopicRecord {
  topic: TopicRecord;
  eventCount: number;
}

export interface SessionPersonRecord {
  person: PersonRecord;
  relation: 'PRESIDED' | 'SPOKE_AT';
  role: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export const allSessions = (graph: Graph) => readColumn<SessionRecord>(graph, 'sessions-all', 'session');

export const sessionsByNumber = (graph: Graph, numbers: readonly number[]) =>
  readColumn<SessionRecord>(graph, 'sessions-by-number', 'session', { keys: [...numbers] });

export const sessionEvents = (graph: Graph, numbers: readonly number[]) =>
  readKeyed<number, EventRecord>(graph, 'session-events', 'event', numbers);

export async function sessionOrganizations(
  graph: Graph,
  numbers: readonly number[],
): Promise<Keyed<number, SessionOrganizationRecord>[]> {
  const rows = await readRows<SessionOrganizationRecord & { key: number }>(graph, 'session-organizations', {
    keys: [...numbers],
  });
  return rows.map(({ key, ...value }) => ({ key, value }));
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
