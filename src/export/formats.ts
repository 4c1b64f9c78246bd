// The export files: what each is called, its media type, and the writer that produces it.
import { edgesCsvChunks, nodesCsvChunks } from './csv.js';
import { gexfChunks } from './gexf.js';
import { graphmlChunks } from './graphml.js';
import { ExportInputError } from './filters.js';
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

export const CLI_FORMATS = ['graphml', 'gexf', 'csv', 'nodes.csv', 'edges.csv'] as const;

/** The files a format writes: csv writes two tables, FILE.nodes.csv and FILE.edges.csv. */
export function plannedFiles(format: string, out: string): { file: ExportFile; path: string }[] {
  const one = (name: string, path: string) => ({ file: exportFile(name)!, path });
  switch (format) {
    case 'graphml':
      return [one('network.graphml', out)];
    case 'gexf':
      return [one('network.gexf', out)];
    case 'nodes.csv':
      return [one('nodes.csv', out)];
    case 'edges.csv':
      return [one('edges.csv', out)];
    case 'csv': {
      const stem = out.replace(/\.csv$/i, '');
      return [one('nodes.csv', `${stem}.nodes.csv`), one('edges.csv', `${stem}.edges.csv`)];
    }
    default:
      throw new ExportInputError(`--format: unknown format "${format}" (one of ${CLI_FORMATS.join(', ')}).`);
  }
}
