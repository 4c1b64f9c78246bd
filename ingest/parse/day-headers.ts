// Day headers ("MONDAY, 15 OCTOBER", " WEDNESDAY, 14 OCTOBER (CONTINUED)", "Monday, 12 October 2020
// Plenary Hall, M-Building") that date every event printed below them.

import { cleanText } from './text.js';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const DAY_HEADER = new RegExp(
  String.raw`^(${WEEKDAYS.join('|')}),?\s+(\d{1,2})\s+(${MONTHS.join('|')})\b(?:\s+(\d{4})\b)?(.*)$`,
  'i',
);

export interface DayHeader {
  /** Lower-case weekday name as printed. */
  weekday: string;
  day: number;
  /** 1-12 */
  month: number;
  /** Only when the header prints one. */
  year: number | null;
  /** Whether the header says "(CONTINUED)": a repeat of the day on a new page. */
  continued: boolean;
  /** Whatever follows the date on the line, e.g. a room ("Plenary Hall, M-Building"); "" when none. */
  rest: string;
}

/** Reads a day header line (tabs, tags and "(CONTINUED)" allowed); null for any other line. */
export function parseDayHeader(line: string): DayHeader | null {
  const m = DAY_HEADER.exec(cleanText(line));
  if (m === null) return null;
  const [, weekday = '', day = '', month = '', year, tail = ''] = m;
  const continued = /\(\s*continued\s*\)/i.test(tail);
  return {
    weekday: weekday.toLowerCase(),
    day: Number(day),
    month: MONTHS.indexOf(month.toLowerCase() as (typeof MONTHS)[number]) + 1,
    year: year === undefined ? null : Number(year),
    continued,
    rest: tail.replace(/\(\s*continued\s*\)/i, '').trim(),
  };
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date of a day header. Headers print no year, so it comes from the session; for a session that
 * runs over New Year, months before the start month belong to the end year.
 */
export function dayHeaderDate(h: DayHeader, sessionStart: string, sessionEnd: string): string {
  if (h.year !== null) return isoDate(h.year, h.month, h.day);
  const startYear = Number(sessionStart.slice(0, 4));
  const startMonth = Number(sessionStart.slice(5, 7));
  const endYear = Number(sessionEnd.slice(0, 4));
  const year = h.month < startMonth ? endYear : startYear;
  return isoDate(year, h.month, h.day);
}

/** Whether the printed weekday matches the date (a mismatch hints at a typo in the programme). */
export function weekdayMatches(h: DayHeader, date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return WEEKDAYS[d.getUTCDay()] === h.weekday;
}
