// Venues (rooms, halls, "Online") and the events held there.
import type { Graph } from '../driver.js';
import type { EventRecord } from './records.js';
import { readPages, type Window } from './rows.js';

export const venueEvents = (graph: Graph, requests: readonly ({ key: string } & Window)[]) =>
  readPages<EventRecord>(graph, 'venue-events', requests);
