// Topics of the curated taxonomy and the events and instruments they connect.
import type { Graph } from '../driver.js';
import type { EventRecord, InstrumentRecord, SessionCount, TopicRecord } from './records.js';
import { readColumn, readKeyed, readPages, readPerRequest, readRows, type Window } from './rows.js';

export const allTopics = (graph: Graph) => readColumn<TopicRecord>(graph, 'topics-all', 'topic');

export const topicsByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<TopicRecord>(graph, 'topics-by-key', 'topic', { keys: [...keys] });

/** Topics by key or name, case-insensitively (`names` trimmed and lower-cased); names without a topic are absent. */
export const topicsByName = (graph: Graph, names: readonly string[]) =>
  readRows<{ name: string; topic: TopicRecord }>(graph, 'topic-by-name', { names: [...names] });

export const topicEvents = (graph: Graph, requests: readonly ({ key: string } & Window)[]) =>
  readPages<EventRecord>(graph, 'topic-events', requests);

/** Events per session for the sessions that have a programme (cypher/read/topic-trend.cypher). */
export async function topicTrends(graph: Graph, requests: readonly { key: string }[]): Promise<SessionCount[][]> {
  return readPerRequest<SessionCount>(graph, 'topic-trend', requests);
}

export const topicInstruments = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, InstrumentRecord>(graph, 'topic-instruments', 'instrument', keys);
