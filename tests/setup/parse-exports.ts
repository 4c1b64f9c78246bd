// Reads exported files back with real parsers (graphology's GraphML and GEXF parsers, csv-parse), so the
// tests check what Gephi or a spreadsheet would read, not what our writers meant to write.
import { parse as parseCsv } from 'csv-parse/sync';
import GraphClass from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { GraphConstructor } from 'graphology-types';

// graphology's types describe its CommonJS build; under NodeNext the default import is that same class.
const Graph = GraphClass as unknown as GraphConstructor;

export const readGraphml = (text: string) => parseGraphml(Graph, text);
export const readGexf = (text: string) => parseGexf(Graph, text);
export const readCsv = (text: string): Record<string, string>[] =>
  parseCsv(text, { columns: true, skip_empty_lines: true });
