// Documents of the corpus, for the titles that citations show.
import type { Graph } from '../driver.js';
import type { DocumentRecord } from './records.js';
import { readColumn } from './rows.js';

export const documentsByFile = (graph: Graph, files: readonly string[]) =>
  readColumn<DocumentRecord>(graph, 'documents-by-file', 'document', { keys: [...files] });
