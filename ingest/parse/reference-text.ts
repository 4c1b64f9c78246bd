// Text helpers for the reference documents ("UNTOC at 20", the COP10 press release): markdown and
// footnote debris removed so that regexes see the sentence a reader sees, dates in the forms these
// documents print them, and number words ("nine sessions", "five permanent working groups").

import { IngestError } from '../errors.js';
import type { Source } from '../records.js';
import { MONTHS, isoDate } from './day-headers.js';
import { type SourceLine, cleanText } from './text.js';

export function documentLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).map((t, i) => ({ text: t, line: i + 1 }));
}

/**
 * A line as a reader sees it: footnote markers (`<sup>35</sup>`), markdown links (`[55/25](#)`),
 * emphasis (`**…**`, `*…*`), backslash escapes (`\(OCB\)`) and HTML tags removed, whitespace collapsed.
 */
export function plainText(s: string): string {
  return cleanText(
    s
      .replace(/<sup>[^<]*<\/sup>/gi, '')
      .replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
      .replace(/\\([[\]()*_#])/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/\*([^*\s][^*]*)\*/g, '$1'),
  );
}

export function src(file: string, line: number): Source {
  return { file, line };
}

// ---- Dates ----

// Capitalised or not, so that DATE_PATTERN works inside case-sensitive regexes.
const MONTH = `(?:${MONTHS.map((m) => `[${m.charAt(0).toUpperCase()}${m.charAt(0)}]${m.slice(1)}`).join('|')})`;
const DASH = String.raw`\s*(?:[–—-]|to)\s*`;

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]) + 1;
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? null : isoDate(year, month, day);
}

/** "15 November 2000" → "2000-11-15"; null for anything else. */
export function parseDate(s: string): string | null {
  const m = new RegExp(String.raw`^(\d{1,2})\s+(${MONTH})\s+(\d{4})$`, 'i').exec(s.trim());
  if (m === null) return null;
  return validDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
}

/** A date as printed inside a sentence: "15 November 2000". */
export const DATE_PATTERN = String.raw`\d{1,2}\s+${MONTH}\s+\d{4}`;

/**
 * "28 June–09 July 2004", "10–21 October 2005", "12 to 16 October 2020" → start and end dates;
 * null when the text is no such range or names an impossible day.
 */
export function parseDateRange(s: string): { start: string; end: string } | null {
  const m = new RegExp(
    String.raw`^(\d{1,2})(?:\s+(${MONTH}))?(?:\s+(\d{4}))?${DASH}(\d{1,2})\s+(${MONTH})\s+(\d{4})$`,
    'i',
  ).exec(s.trim());
  if (m === null) return null;
  const [, d1 = '', m1, y1, d2 = '', m2 = '', y2 = ''] = m;
  const endYear = Number(y2);
  const endMonth = monthNumber(m2);
  const start = validDate(
    y1 === undefined ? endYear : Number(y1),
    m1 === undefined ? endMonth : monthNumber(m1),
    Number(d1),
  );
  const end = validDate(endYear, endMonth, Number(d2));
  if (start === null || end === null || start > end) return null;
  return { start, end };
}

/**
 * The first date a sentence gives, as precisely as it gives it, within a known year: "On 1 October"
 * → "1996-10-01", "(26 August–6 September)" → "1985-08-26", "in April" → "1997-04". A date that
 * names another year is ignored. Null when the sentence names no day or month.
 */
export function firstDateIn(sentence: string, year: number): string | null {
  const re = new RegExp(String.raw`\b(?:(\d{1,2})(?:${DASH}\d{1,2})?\s+)?(${MONTH})\b(?:\s+(\d{4}))?`, 'gi');
  for (const m of sentence.matchAll(re)) {
    const [, day, month = '', y] = m;
    if (y !== undefined && Number(y) !== year) continue;
    // "May" is also a verb; only take it with a day or a year.
    if (month.toLowerCase() === 'may' && day === undefined && y === undefined) continue;
    const mm = monthNumber(month);
    if (day === undefined) return `${year}-${String(mm).padStart(2, '0')}`;
    const d = validDate(year, mm, Number(day));
    if (d !== null) return d;
  }
  return null;
}

// ---- Numbers and ordinals ----

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/** "nine" or "9" → 9; null otherwise. */
export function parseCount(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  const i = NUMBER_WORDS.indexOf(t);
  return i < 0 ? null : i;
}

// ---- Sections ----

/** A markdown heading: its level and plain title; null for any other line. */
export function heading(line: string): { level: number; title: string } | null {
  const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
  if (m === null) return null;
  return { level: (m[1] ?? '').length, title: plainText(m[2] ?? '') };
}

/** The first line whose heading title matches, or an IngestError naming the document. */
export function requireHeading(file: string, lines: readonly SourceLine[], title: RegExp, what: string): SourceLine {
  const found = lines.find((l) => {
    const h = heading(l.text);
    return h !== null && title.test(h.title);
  });
  if (found === undefined)
    throw new IngestError(file, lines.length > 0 ? lines.length : 1, `${what} section is missing`);
  return found;
}

/**
 * The lines after a heading up to the next heading of the same or a higher level (or the end of the
 * document).
 */
export function sectionAfter(lines: readonly SourceLine[], at: SourceLine): SourceLine[] {
  const level = heading(at.text)?.level ?? 6;
  const start = lines.indexOf(at) + 1;
  const out: SourceLine[] = [];
  for (const l of lines.slice(start)) {
    const h = heading(l.text);
    if (h !== null && h.level <= level) break;
    out.push(l);
  }
  return out;
}

/** Footnote text ("<sup>35</sup> Travaux…", "(4) List of Participants…") and page furniture ("---"). */
export function isFootnoteOrFurniture(raw: string): boolean {
  const t = raw.trim();
  return t === '' || /^-{3,}$/.test(t) || /^<sup>\d+<\/sup>/i.test(t) || /^\(\d+\)\s/.test(t);
}
