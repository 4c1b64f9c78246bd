// Working groups of the Conference: what they advise on and when they met.
import type { Graph } from '../driver.js';
import type { EventRecord } from './events.js';
import type { InstrumentRecord } from './instruments.js';
import { readColumn, readKeyed } from './rows.js';

export interface WorkingGroupRecord {
  key: string;
  name: string;
  advisesOn: string | null;
  establishedBy: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export const allWorkingGroups = (graph: Graph) => readColumn<WorkingGroupRecord>(graph, 'working-groups-all', 'group');

export const workingGroupsByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<WorkingGroupRecord>(graph, 'working-groups-by-key', 'group', { keys: [...keys] });

export const workingGroupInstruments = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, InstrumentRecord>(graph, 'working-group-instruments', 'instrument', keys);

export const workingGroupMeetings = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, EventRecord>(graph, 'working-group-meetings', 'event', keys);
