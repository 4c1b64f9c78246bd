// Working groups of the Conference: what they advise on and when they met.
import type { Graph } from '../driver.js';
import type { EventRecord, InstrumentRecord, WorkingGroupRecord } from './records.js';
import { readColumn, readKeyed, readPages, type Window } from './rows.js';

export const allWorkingGroups = (graph: Graph) => readColumn<WorkingGroupRecord>(graph, 'working-groups-all', 'group');

export const workingGroupsByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<WorkingGroupRecord>(graph, 'working-groups-by-key', 'group', { keys: [...keys] });

export const workingGroupInstruments = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, InstrumentRecord>(graph, 'working-group-instruments', 'instrument', keys);

export const workingGroupMeetings = (graph: Graph, requests: readonly ({ key: string } & Window)[]) =>
  readPages<EventRecord>(graph, 'working-group-meetings', requests);
