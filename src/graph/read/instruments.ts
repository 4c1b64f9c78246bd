// The Convention and its Protocols: topics, events, working groups and party counts.
import type { Graph } from '../driver.js';
import type { EventRecord } from './events.js';
import type { TopicRecord } from './topics.js';
import type { WorkingGroupRecord } from './working-groups.js';
import { readColumn, readKeyed } from './rows.js';

export interface InstrumentRecord {
  key: string;
  name: string;
  shortName: string | null;
  adoptedOn: string | null;
  gaResolution: string | null;
  entryIntoForce: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface PartyStatusRecord {
  key: string;
  asOf: string;
  parties: number | null;
  signatories: number | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export const allInstruments = (graph: Graph) => readColumn<InstrumentRecord>(graph, 'instruments-all', 'instrument');

export const instrumentsByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<InstrumentRecord>(graph, 'instruments-by-key', 'instrument', { keys: [...keys] });

export const instrumentTopics = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, TopicRecord>(graph, 'instrument-topics', 'topic', keys);

export const instrumentWorkingGroups = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, WorkingGroupRecord>(graph, 'instrument-working-groups', 'group', keys);

export const instrumentStatuses = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, PartyStatusRecord>(graph, 'instrument-statuses', 'status', keys);

export const instrumentEvents = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, EventRecord>(graph, 'instrument-events', 'event', keys);
