// Topics of the curated taxonomy and the events and instruments they connect.
import type { Graph } from '../driver.js';
import type { EventRecord } from './events.js';
import type { InstrumentRecord } from './instruments.js';
import { readColumn, readKeyed } from './rows.js';

export interface TopicRecord {
  key: string;
  name: string;
  description: string | null;
}

export const allTopics = (graph: Graph) => readColumn<TopicRecord>(graph, 'topics-all', 'topic');

export const topicsByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<TopicRecord>(graph, 'topics-by-key', 'topic', { keys: [...keys] });

/** A topic by key or name, case-insensitively; null when none. */
export async function topicByName(graph: Graph, name: string): Promise<TopicRecord | null> {
  const [found] = await readColumn<TopicRecord>(graph, 'topic-by-name', 'topic', { name: name.trim().toLowerCase() });
  return found ?? null;
}

export const topicEvents = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, EventRecord>(graph, 'topic-events', 'event', keys);

export const topicInstruments = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, InstrumentRecord>(graph, 'topic-instruments', 'instrument', keys);
