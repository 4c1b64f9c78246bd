// Agenda items of a session and the events that took them up.
import type { Graph } from '../driver.js';
import type { AgendaItemRecord, EventRecord } from './records.js';
import { readColumn, readKeyed } from './rows.js';

export const agendaItemsByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<AgendaItemRecord>(graph, 'agenda-items-by-key', 'item', { keys: [...keys] });

export const agendaItemEvents = (graph: Graph, keys: readonly string[]) =>
  readKeyed<string, EventRecord>(graph, 'agenda-item-events', 'event', keys);
