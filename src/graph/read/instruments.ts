// The Convention and its Protocols: topics, events, working groups and party counts.
import type { Graph } from '../driver.js';
import type { EventRecord, InstrumentRecord, PartyStatusRecord, TopicRecord, WorkingGroupRecord } from './records.js';
import { readColumn, readKeyed, readPages, readPerRequest, type Window } from './rows.js';

export const allInstruments = (graph: Graph) => readColumn<InstrumentRecord>(graph, 'instruments-all', 'instrument');

export const instrumentsByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<InstrumentRecord>(graph, 'instruments-by-key', 'instrument', { keys: [...keys] });

export const instrumentTopics = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, TopicRecord>(graph, 'instrument-topics', 'topic', keys);

export const instrumentWorkingGroups = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, WorkingGroupRecord>(graph, 'instrument-working-groups', 'group', keys);

export const instrumentStatuses = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, PartyStatusRecord>(graph, 'instrument-statuses', 'status', keys);

/** The latest party count on or before each request's date (asOf null: the latest of all). */
export async function instrumentParties(
  graph: Graph,
  requests: readonly { key: string; asOf: string | null }[],
): Promise<(PartyStatusRecord | null)[]> {
  const groups = await readPerRequest<{ status: PartyStatusRecord | null }>(graph, 'instrument-parties', requests);
  return groups.map(([row]) => row?.status ?? null);
}

export const instrumentEvents = (graph: Graph, requests: readonly ({ key: string } & Window)[]) =>
  readPages<EventRecord>(graph, 'instrument-events', requests);
