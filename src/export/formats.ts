// The export files: what each is called, its media type, and the writer that produces it.
import { edgesCsvChunks, nodesCsvChunks } from './csv.js';
import { gexfChunks } from './gexf.js';
import { graphmlChunks } from './graphml.js';
import type { ExportNetwork } from './network.js';

export interface ExportFile {
  /** The file name under /export/, also the default download name. */
  name: string;
  contentType: string;
  write(network: ExportNetwork): Iterable<string>;
}

export const EXPORT_FILES: readonly ExportFile[] = [
  { name: 'network.graphml', contentType: 'application/graphml+xml; charset=utf-8', write: graphmlChunks },
  { name: 'network.gexf', contentType: 'application/gexf+xml; charset=utf-8', write: (n) => gexfChunks(n) },
  { name: 'nodes.csv', contentType: 'text/csv; charset=utf-8', write: nodesCsvChunks },
  { name: 'edges.csv', contentType: 'text/csv; charset=utf-8', write: edgesCsvChunks },
];

export const exportFile = (name: string): ExportFile | undefined => EXPORT_FILES.find((f) => f.name === name);
