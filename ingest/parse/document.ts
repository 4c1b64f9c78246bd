// Routes a document to the parser of its layout: programmes first, then the reference documents.
import { IngestError } from '../errors.js';
import type { DocumentRecord } from '../records.js';
import { detectProgrammeLayout, parseProgramme } from './programme.js';
import { detectReferenceKind, parseReference } from './reference.js';

export function parseDocument(file: string, text: string): DocumentRecord {
  if (detectProgrammeLayout(text) !== null) return parseProgramme(file, text);
  if (detectReferenceKind(text) !== null) return parseReference(file, text);
  throw new IngestError(
    file,
    1,
    'document in no known layout (expected a COP programme in the table, running-text or tab-row layout, ' +
      '"UNTOC at 20", or a COP press release)',
  );
}
