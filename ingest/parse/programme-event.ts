// What every layout parser shares: the parsing context (file, session, warnings), the blank event
// record, and the rules that do not depend on layout (special events, online venues, page furniture).

import { IngestError } from '../errors.js';
import type { EventKind, EventRecord, SessionRecord, Warning } from '../records.js';
import { type DayHeader, dayHeaderDate, weekdayMatches } from './day-headers.js';
import type { TimeRange } from './times.js';

export interface ProgrammeContext {
  file: string;
  session: SessionRecord;
  warnings: Warning[];
}

/** What a layout parser hands back to parseProgramme for the checks common to all layouts. */
export interface LayoutResult {
  events: EventRecord[];
  /** Lines of the side-event section headings ("SIDE EVENTS", a side-event table header). */
  sideSectionLines: number[];
}

export function warn(ctx: ProgrammeContext, line: number, message: string): void {
  ctx.warnings.push({ message, source: { file: ctx.file, line } });
}

export function fail(ctx: ProgrammeContext, line: number, reason: string): never {
  throw new IngestError(ctx.file, line, reason);
}

export function newEvent(
  ctx: ProgrammeContext,
  kind: EventKind,
  date: string,
  time: TimeRange | null,
  title: string,
  line: number,
): EventRecord {
  return {
    kind,
    date,
    start: time?.start ?? null,
    end: time?.end ?? null,
    title,
    description: null,
    venue: null,
    online: false,
    organizers: [],
    partners: [],
    agendaItems: [],
    workingGroup: null,
    source: { file: ctx.file, line },
  };
}

// "MINISTERIAL EVENT: …", "SPECIAL EVENT – …", "HIGH-LEVEL EVENT …": the programme marks these as
// more than a side event although they sit in the side-event list.
const SPECIAL = /^(?:ministerial|special|high[-\s]level)\s+(?:event|segment|session)\b/i;

export function sideEventKind(title: string): 'SIDE_EVENT' | 'SPECIAL_EVENT' {
  return SPECIAL.test(title) ? 'SPECIAL_EVENT' : 'SIDE_EVENT';
}

export function isOnlineVenue(venue: string): boolean {
  return /^(?:online|virtual)\b/i.test(venue.trim());
}

/** Title without footnote markers ("… trafficking *", "… Workers **"). */
export function cleanTitle(title: string): string {
  return title.replace(/\s*\*+\s*$/, '').trim();
}

export function isSideEventsHeading(text: string): boolean {
  return /^side[-\s]events(?:\s*\(continued\))?$/i.test(text.trim());
}

/**
 * Lines that are page furniture rather than content: repeated headings, column titles, the
 * "Please note that venues and times …" notices, footnotes, hashtags, links.
 */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  return (
    /^(?:programme|provisional programme|programme of work)$/i.test(t) ||
    /^\(continued\)$/i.test(t) ||
    /^(?:venue|time|room)$/i.test(t) ||
    /^please (?:note|consult)\b/i.test(t) ||
    /^\*+\s/.test(t) ||
    /^#\S+$/.test(t) ||
    /^https?:\/\/\S+$/i.test(t)
  );
}

/** A day header turned into a date, with warnings when it contradicts the session. */
export function dateOfHeader(ctx: ProgrammeContext, h: DayHeader, line: number): string {
  const date = dayHeaderDate(h, ctx.session.startDate, ctx.session.endDate);
  if (!weekdayMatches(h, date)) warn(ctx, line, `day header says ${h.weekday} but ${date} is another weekday`);
  if (date < ctx.session.startDate || date > ctx.session.endDate) {
    warn(ctx, line, `day ${date} is outside the session (${ctx.session.startDate} to ${ctx.session.endDate})`);
  }
  return date;
}

/**
 * A cut-off event is fatal when it is the last one (the document itself was cut off), and only a
 * warning in the middle of a programme, where the next event shows the document goes on.
 */
export function reportProblems(
  ctx: ProgrammeContext,
  events: readonly EventRecord[],
  problems: ReadonlyMap<EventRecord, string>,
): void {
  const last = events[events.length - 1];
  for (const [event, problem] of problems) {
    if (event === last) fail(ctx, event.source.line, `programme ends in the middle of an event: ${problem}`);
    warn(ctx, event.source.line, problem);
  }
}
