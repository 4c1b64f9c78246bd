// The one way every format reaches the layout parsers: parse the extracted text, then cite the published
// document (PDF page and line, HTML element line) instead of the extracted text's lines.
import { parseDocument } from '../parse/document.js';
import type { DocumentRecord } from '../records.js';
import { type ExtractedText, applyLocations, locateError } from './extracted.js';

export function parseExtracted(file: string, extracted: ExtractedText): DocumentRecord {
  let record: DocumentRecord;
  try {
    record = parseDocument(file, extracted.text);
  } catch (error) {
    throw locateError(error, extracted);
  }
  return applyLocations(record, extracted);
}
