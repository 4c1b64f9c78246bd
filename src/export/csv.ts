// Two CSV tables (a spreadsheet, Kumu's import, Gephi's spreadsheet import): nodes and edges, quoted and
// escaped by csv-stringify, written in batches so a large network streams.
import { stringify } from 'csv-stringify/sync';
import { ROWS_PER_CHUNK } from './chunks.js';
import type { ExportEdge, ExportNetwork, ExportNode } from './network.js';

export const NODE_COLUMNS = ['key', 'name', 'kind', 'iso3', 'events'] as const;
export const EDGE_COLUMNS = ['source', 'target', 'weight', 'sessions'] as const;

const nodeRow = (n: ExportNode) => [n.key, n.name, n.kind, n.iso3 ?? '', n.events];
const edgeRow = (e: ExportEdge) => [e.source, e.target, e.weight, e.sessions.join(';')];

export const nodesCsvChunks = (network: ExportNetwork) => csvChunks(NODE_COLUMNS, network.nodes, nodeRow);
export const edgesCsvChunks = (network: ExportNetwork) => csvChunks(EDGE_COLUMNS, network.edges, edgeRow);

function* csvChunks<T>(
  columns: readonly string[],
  items: readonly T[],
  row: (item: T) => (string | number)[],
): Generator<string> {
  yield stringify([columns]);
  for (let start = 0; start < items.length; start += ROWS_PER_CHUNK) {
    yield stringify(items.slice(start, start + ROWS_PER_CHUNK).map(row));
  }
}
