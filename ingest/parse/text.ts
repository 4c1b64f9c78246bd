// Small text helpers shared by the programme parsers: cleaning extraction debris (HTML tags, entities,
// runs of whitespace) and keeping track of which document line each character came from, so that a
// name found in a wrapped, multi-line passage can still cite the line where it appears.

/** One physical line of a document: its text and 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

// Block-level tags separate words; inline tags (<i>, <b>) may sit inside a word ("<b>W</b>ord").
const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|tr|td|th|h\d)\b[^>]*>/gi;
const INLINE_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&nbsp;': ' ',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

export function stripTags(s: string): string {
  return s
    .replace(BLOCK_TAG, ' ')
    .replace(INLINE_TAG, '')
    .replace(/&(?:amp|nbsp|quot|#39|apos|lt|gt);/g, (e) => ENTITIES[e] ?? e);
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Tags stripped and whitespace collapsed: the form every title, venue and name is stored in. */
export function cleanText(s: string): string {
  return collapseWhitespace(stripTags(s));
}

/**
 * Text joined from several lines, with the source line of every character.
 * `lines[i]` is the document line of `text[i]`.
 */
export interface LinedText {
  text: string;
  lines: number[];
}

/** Cleans each fragment and joins the non-empty ones with single spaces. */
export function joinLines(fragments: readonly SourceLine[]): LinedText {
  let text = '';
  const lines: number[] = [];
  for (const f of fragments) {
    const t = cleanText(f.text);
    if (t === '') continue;
    if (text !== '') {
      text += ' ';
      lines.push(f.line);
    }
    text += t;
    for (let i = 0; i < t.length; i++) lines.push(f.line);
  }
  return { text, lines };
}

export function sliceLined(t: LinedText, from: number, to: number = t.text.length): LinedText {
  return { text: t.text.slice(from, to), lines: t.lines.slice(from, to) };
}

/** Removes leading and trailing whitespace, keeping the line map aligned. */
export function trimLined(t: LinedText): LinedText {
  const start = t.text.length - t.text.trimStart().length;
  const end = t.text.trimEnd().length;
  return start >= end ? { text: '', lines: [] } : sliceLined(t, start, end);
}

/** The document line of the first non-space character, or `fallback` for empty text. */
export function firstLine(t: LinedText, fallback: number): number {
  const i = t.text.search(/\S/);
  return i < 0 ? fallback : (t.lines[i] ?? fallback);
}

/** Mostly upper-case letters: the 2020/2024 layouts print side-event titles in capitals. */
export function isUpperCaseText(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.8;
}
