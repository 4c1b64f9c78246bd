// Entry point for the reference documents: recognises which one a text is and hands it to its parser.
// Both parsers read structure from the document and take what is stated only in prose from the
// reviewed facts in ingest/reference/reference-facts.yaml (see reference-facts.ts); pass `reviewed`
// to parse against other entries (tests), otherwise the repository's file is read once.

import { IngestError } from '../errors.js';
import type { ReferenceRecord } from '../records.js';
import { isCopPressRelease, parsePressRelease } from './press-release.js';
import { type ReviewedEntry, loadReviewedFacts } from './reference-facts.js';
import { isUntocAt20, parseUntocAt20 } from './untoc-at-20.js';

export type ReferenceKind = 'untoc-at-20' | 'cop-press-release';

export function detectReferenceKind(text: string): ReferenceKind | null {
  if (isUntocAt20(text)) return 'untoc-at-20';
  if (isCopPressRelease(text)) return 'cop-press-release';
  return null;
}

/** Parses a reference document. `file` is the document's basename, cited by every Source. */
export function parseReference(
  file: string,
  text: string,
  reviewed: readonly ReviewedEntry[] = loadReviewedFacts(),
): ReferenceRecord {
  switch (detectReferenceKind(text)) {
    case 'untoc-at-20':
      return parseUntocAt20(file, text, reviewed);
    case 'cop-press-release':
      return parsePressRelease(file, text, reviewed);
    case null:
      throw new IngestError(file, 1, 'not a known reference document (neither "UNTOC at 20" nor a COP press release)');
  }
}
