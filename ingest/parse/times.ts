// Times as programmes write them ("10 a.m. - 1 p.m.", "3-6 p.m.", "12 noon–2 p.m..", "1.15–2.10 p.m.",
// "9–9:50 a.m.", "2.10 p.m.") turned into 24-hour "HH:MM".

export interface TimeRange {
  /** HH:MM, 24-hour. */
  start: string;
  /** HH:MM, 24-hour; null when the programme gives only a starting time. */
  end: string | null;
}

type Meridiem = 'am' | 'pm' | 'noon' | 'midnight';

interface TimePoint {
  hour: number;
  minute: number;
  /** Whether minutes were written ("2.30"), which lets a range without a.m./p.m. count as 24-hour. */
  hasMinutes: boolean;
  meridiem: Meridiem | null;
}

// "12", "2.30", "9:50", each optionally followed by "a.m.", "pm", "noon"; or "noon" on its own.
const POINT = String.raw`(?:(\d{1,2})(?:[.:](\d{2}))?\s*(a\.\s?m\b\.?|p\.\s?m\b\.?|am\b|pm\b|noon\b|midnight\b)?|(noon|midnight)\b)`;
const DASH = String.raw`\s*(?:[-–—‒]|to\b)\s*`;
// Anchored at the start; the time must be followed by the end of text, whitespace or a tab, and any
// stray dots ("2 p.m..") are swallowed.
const TIME_PREFIX = new RegExp(String.raw`^\s*${POINT}(?:${DASH}${POINT})?\.*(?=\s|$)`, 'i');

function toPoint(digits?: string, minutes?: string, mer?: string, word?: string): TimePoint | null {
  if (word !== undefined) {
    const m = word.toLowerCase() as Meridiem;
    return { hour: 12, minute: 0, hasMinutes: false, meridiem: m };
  }
  if (digits === undefined) return null;
  const hour = Number(digits);
  const minute = minutes === undefined ? 0 : Number(minutes);
  if (hour > 24 || minute > 59) return null;
  let meridiem: Meridiem | null = null;
  if (mer !== undefined) {
    const m = mer.toLowerCase().replace(/[.\s]/g, '');
    meridiem = m === 'am' || m === 'pm' || m === 'noon' || m === 'midnight' ? m : null;
  }
  return { hour, minute, hasMinutes: minutes !== undefined, meridiem };
}

function minutesOf(p: TimePoint, meridiem: Meridiem | null): number | null {
  let h = p.hour;
  switch (meridiem) {
    case 'am':
      if (h > 12) return null;
      h = h === 12 ? 0 : h;
      break;
    case 'pm':
      if (h > 12) return null;
      h = h === 12 ? 12 : h + 12;
      break;
    case 'noon':
      h = 12;
      break;
    case 'midnight':
      h = 0;
      break;
    case null:
      break;
  }
  return h * 60 + p.minute;
}

function hhmm(total: number): string {
  const h = Math.floor(total / 60) % 24;
  const m = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function opposite(m: Meridiem): Meridiem {
  return m === 'am' || m === 'midnight' ? 'pm' : 'am';
}

function resolveRange(a: TimePoint, b: TimePoint | null): TimeRange | null {
  if (b === null) {
    // A lone time is only a time when it says a.m./p.m. ("2.10 p.m."); a bare "20" is not.
    if (a.meridiem === null) return null;
    const start = minutesOf(a, a.meridiem);
    return start === null ? null : { start: hhmm(start), end: null };
  }
  if (a.meridiem === null && b.meridiem === null) {
    // "14.00–15.30": a 24-hour range; demanding minutes keeps title text such as "10-12" out.
    if (!a.hasMinutes || !b.hasMinutes) return null;
    const start = minutesOf(a, null);
    const end = minutesOf(b, null);
    return start === null || end === null ? null : { start: hhmm(start), end: hhmm(end) };
  }
  const end = minutesOf(b, b.meridiem ?? a.meridiem);
  if (end === null) return null;
  if (a.meridiem !== null) {
    const start = minutesOf(a, a.meridiem);
    return start === null ? null : { start: hhmm(start), end: hhmm(end) };
  }
  // Only the end says a.m./p.m.: the start shares it unless that would put it after the end
  // ("11–12.30 p.m." starts at 11:00, "12–1 p.m." at 12:00, "3–6 p.m." at 15:00).
  const endMeridiem = b.meridiem as Meridiem;
  for (const m of [endMeridiem, opposite(endMeridiem)]) {
    const start = minutesOf(a, m === 'noon' || m === 'midnight' ? 'am' : m);
    if (start !== null && start <= end) return { start: hhmm(start), end: hhmm(end) };
  }
  return null;
}

/**
 * Reads a time or time range at the start of `text`.
 * Returns the range and the text after it, or null when the text does not start with a time.
 */
export function matchTimePrefix(text: string): { range: TimeRange; rest: string } | null {
  const m = TIME_PREFIX.exec(text);
  if (m === null) return null;
  const a = toPoint(m[1], m[2], m[3], m[4]);
  if (a === null) return null;
  const b = m[5] === undefined && m[8] === undefined ? null : toPoint(m[5], m[6], m[7], m[8]);
  const range = resolveRange(a, b);
  return range === null ? null : { range, rest: text.slice(m[0].length) };
}

/** Parses text that is nothing but a time or time range ("3-6 p.m."); null otherwise. */
export function parseTimeRange(text: string): TimeRange | null {
  const m = matchTimePrefix(text);
  return m !== null && m.rest.trim() === '' ? m.range : null;
}
