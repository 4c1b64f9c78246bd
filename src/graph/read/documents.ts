// Documents of the corpus, for the titles that citations show.
import type { Graph } from '../driver.js';
import { readColumn } from './rows.js';

export interface DocumentRecord {
  file: string;
  title: string | null;
  kind: string | null;
}

export const documentsByFile = (graph: Graph, files: readonly string[]) =>
  readColumn<DocumentRecord>(graph, 'documents-by-file', 'document', { keys: [...files] });
