// Venues (rooms, halls, "Online") and the events held there.
import type { Graph } from '../driver.js';
import type { EventRecord } from './events.js';
import { readKeyed } from './rows.js';

export const venueEvents = (graph: Graph, names: readonly string[]) =>
  readKeyed<string, EventRecord>(graph, 'venue-events', 'event', names);
