// What every extractor hands the layout parsers: a plain text in the shape they read, plus where each of
// its lines sits in the published document. The parsers cite lines of the text; `locate` turns such a
// line into the citation a reader can check (page and line within the page of a PDF, line of the HTML
// element). Applying the map after parsing keeps one copy of the parsers for every format.
import { IngestError } from '../errors.js';
import type { DocumentRecord, Source } from '../records.js';

export type DocumentFormat = 'text' | 'pdf' | 'html';

/** Where a line of the extracted text came from. `page` only for PDFs (1-based, line counted on the page). */
export interface Location {
  line: number;
  page?: number;
}

export interface ExtractedText {
  format: DocumentFormat;
  text: string;
  /** Location of each 1-based text line, or null when the text is the document itself (plain text). */
  lines: readonly Location[] | null;
}

/** The published location of `line` (1-based) of the extracted text; lines past the map keep their number. */
export function locate(extracted: ExtractedText, line: number): Location {
  if (extracted.lines === null) return { line };
  return extracted.lines[line - 1] ?? extracted.lines[extracted.lines.length - 1] ?? { line };
}

function isSource(value: object): value is Source {
  const v = value as Partial<Source>;
  return typeof v.file === 'string' && typeof v.line === 'number';
}

/**
 * Rewrites every Source in `record` (events, mentions, warnings, reference facts …) from a line of the
 * extracted text to its place in the published document. Records may share a Source object, so each
 * object is rewritten once.
 */
export function applyLocations<T extends DocumentRecord>(record: T, extracted: ExtractedText): T {
  if (extracted.lines === null) return record;
  const seen = new WeakSet<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (isSource(value)) {
      const at = locate(extracted, value.line);
      value.line = at.line;
      if (at.page !== undefined) value.page = at.page;
      return;
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child);
  };
  visit(record);
  return record;
}

/** A parser's IngestError points at a line of the extracted text: point it at the document instead. */
export function locateError(error: unknown, extracted: ExtractedText): unknown {
  if (!(error instanceof IngestError) || error.line === null || extracted.lines === null) return error;
  const at = locate(extracted, error.line);
  return new IngestError(error.file, at.line, error.reason, at.page ?? null);
}
