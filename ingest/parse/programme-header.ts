// The title block of a programme: which session ("Sixth session", "TENTH SESSION", "12th session"),
// where and when ("15–19 October 2012, Vienna", "Vienna, 14–18 October 2024",
// "30 September–4 October 2019, Vienna").

import { IngestError } from '../errors.js';
import type { SessionRecord } from '../records.js';
import { MONTHS, isoDate } from './day-headers.js';
import { ORDINAL_WORD, parseOrdinal } from './ordinals.js';
import { type SourceLine, cleanText } from './text.js';

const SESSION_WORD = new RegExp(String.raw`\b${ORDINAL_WORD}\s+session\b`, 'i');
const SESSION_NUMERAL = /\b(\d{1,2})\s*(?:st|nd|rd|th)\s+session\b/i;

const MONTH = `(${MONTHS.join('|')})`;
// "15–19 October 2012", "30 September–4 October 2019", "28 December 2019 - 3 January 2020".
const DATE_RANGE = String.raw`(\d{1,2})(?:\s+${MONTH})?(?:\s+(\d{4}))?\s*(?:[-–—‒]|to\b)\s*(\d{1,2})\s+${MONTH},?\s+(\d{4})`;
const CITY = String.raw`([\p{Lu}][\p{L}'’. -]*[\p{L}])`;
const DATES_THEN_CITY = new RegExp(String.raw`^${DATE_RANGE}\s*,\s*${CITY}$`, 'iu');
const CITY_THEN_DATES = new RegExp(String.raw`^${CITY}\s*,\s*${DATE_RANGE}$`, 'iu');

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/** "VIENNA" → "Vienna"; a city written in mixed case is kept as written. */
function cityName(raw: string): string {
  const city = raw.trim();
  if (city !== city.toUpperCase()) return city;
  return city.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function sessionNumber(text: string): number | null {
  const word = SESSION_WORD.exec(text);
  if (word?.[1] !== undefined) {
    return parseOrdinal(word[1]);
  }
  const numeral = SESSION_NUMERAL.exec(text);
  return numeral?.[1] === undefined ? null : Number(numeral[1]);
}

interface DatesAndCity {
  city: string;
  startDate: string;
  endDate: string;
}

function datesAndCity(text: string): DatesAndCity | null {
  const after = DATES_THEN_CITY.exec(text);
  const before = after === null ? CITY_THEN_DATES.exec(text) : null;
  const m = after ?? before;
  if (m === null) return null;
  // The capture groups of DATE_RANGE come first when the city follows the dates, last otherwise.
  const g = after !== null ? m.slice(1, 7) : m.slice(2, 8);
  const city = after !== null ? m[7] : m[1];
  const [d1, m1, y1, d2, m2, y2] = g;
  if (d1 === undefined || d2 === undefined || m2 === undefined || y2 === undefined || city === undefined) {
    return null;
  }
  const endMonth = monthNumber(m2);
  const startMonth = m1 === undefined ? endMonth : monthNumber(m1);
  const endYear = Number(y2);
  const startYear = y1 !== undefined ? Number(y1) : startMonth > endMonth ? endYear - 1 : endYear;
  return {
    city: cityName(city),
    startDate: isoDate(startYear, startMonth, Number(d1)),
    endDate: isoDate(endYear, endMonth, Number(d2)),
  };
}

/**
 * Reads the session from the title block: `lines` are the document lines before the first day
 * header. The session number and the dates may be on different lines; the Source is the line of the
 * session number. Throws IngestError when either is missing.
 */
export function parseProgrammeHeader(file: string, lines: readonly SourceLine[]): SessionRecord {
  let number: number | null = null;
  let numberLine = 0;
  let place: DatesAndCity | null = null;
  for (const l of lines) {
    const text = cleanText(l.text);
    if (number === null) {
      number = sessionNumber(text);
      if (number !== null) numberLine = l.line;
    }
    place ??= datesAndCity(text);
  }
  const firstText = lines.find((l) => l.text.trim() !== '')?.line ?? 1;
  if (number === null) {
    throw new IngestError(file, firstText, 'programme header names no session ("Sixth session", "10th session")');
  }
  if (place === null) {
    throw new IngestError(
      file,
      numberLine,
      'programme header has no dates and city ("15–19 October 2012, Vienna" or "Vienna, 14–18 October 2024")',
    );
  }
  return { number, ...place, source: { file, line: numberLine } };
}
