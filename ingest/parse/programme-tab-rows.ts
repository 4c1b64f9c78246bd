// The 'tab-rows' layout (COP12 2024): one row per event, "time<TAB>TITLE Organized by X, with Y<TAB>venue",
// cells possibly wrapped in <p>…</p>, sometimes with an extra cell before the venue ("Meeting ID: …",
// not kept). Plenary rows are "time<TAB>Item 1 (a). … Item 1 (b). …", several items on one line; the
// plenary room is printed on its own line under each day header.
//
// A row broken over several lines continues on the following lines until a blank line; after a blank
// line it continues only while it is visibly unfinished (no "Organized by" yet, or an organizer list
// that stops mid-name).

import type { EventRecord } from '../records.js';
import { parseDayHeader } from './day-headers.js';
import { isIncompleteList } from './organizer-list.js';
import {
  type LayoutResult,
  type ProgrammeContext,
  dateOfHeader,
  fail,
  isFurniture,
  isOnlineVenue,
  isSideEventsHeading,
  reportProblems,
  warn,
} from './programme-event.js';
import { plenarySlotEvent } from './programme-plenary.js';
import { isEmptyCell, rowCells } from './programme-rows.js';
import { ORGANIZED_BY, sideEventFromText } from './programme-side-event.js';
import { type SourceLine, cleanText, joinLines } from './text.js';
import { type TimeRange, matchTimePrefix } from './times.js';

interface Row {
  section: 'plenary' | 'side';
  date: string;
  time: TimeRange;
  line: number;
  fragments: SourceLine[];
}

/** The time at the start of a row and the rest of the line after it, or null for other lines. */
function rowStart(raw: string): { time: TimeRange; rest: string } | null {
  const [first = '', ...others] = raw.split('\t');
  const m = matchTimePrefix(cleanText(first));
  return m === null ? null : { time: m.range, rest: [m.rest, ...others].join('\t') };
}

function unfinished(row: Row): boolean {
  const text = joinLines(row.fragments).text;
  if (row.section === 'plenary') return text === '';
  const by = ORGANIZED_BY.exec(text);
  return by === null || isIncompleteList(text.slice(by.index + by[0].length));
}

export function parseTabRows(ctx: ProgrammeContext, lines: readonly SourceLine[]): LayoutResult {
  const events: EventRecord[] = [];
  const sideSectionLines: number[] = [];
  const problems = new Map<EventRecord, string>();
  let section: 'plenary' | 'side' = 'plenary';
  let date: string | null = null;
  let plenaryVenue: string | null = null;
  let awaitingRoom = false;
  let row: Row | null = null;
  let afterBlank = false;
  let inNote = false;

  const close = (): void => {
    if (row === null) return;
    const cells = rowCells(row.fragments).filter((c) => !isEmptyCell(c));
    const content = joinLines(cells[0] ?? []);
    const lastCell = cells.length >= 2 ? cells[cells.length - 1] : undefined;
    const venue = lastCell === undefined ? null : joinLines(lastCell).text;
    if (row.section === 'plenary') {
      const event = plenarySlotEvent(ctx, row.date, row.time, content, row.line, venue ?? plenaryVenue);
      events.push(event);
      if (content.text === '') problems.set(event, 'plenary slot has a time but no content');
    } else {
      const parsed = sideEventFromText(ctx, row.date, row.time, content, row.line);
      parsed.event.venue = venue;
      parsed.event.online = venue !== null && isOnlineVenue(venue);
      events.push(parsed.event);
      if (parsed.problem !== null) problems.set(parsed.event, parsed.problem);
    }
    row = null;
  };

  for (const l of lines) {
    const text = cleanText(l.text);
    if (text === '') {
      afterBlank = true;
      inNote = false;
      continue;
    }
    const header = parseDayHeader(text);
    const start = header === null ? rowStart(l.text) : null;
    if (header !== null) {
      if (!(header.continued && row !== null && unfinished(row))) close();
      date = dateOfHeader(ctx, header, l.line);
      if (section === 'plenary' && header.rest !== '') plenaryVenue = header.rest;
      awaitingRoom = section === 'plenary' && header.rest === '';
    } else if (isSideEventsHeading(text)) {
      if (section === 'plenary') {
        close();
        section = 'side';
      }
      sideSectionLines.push(l.line);
    } else if (start !== null) {
      close();
      if (date === null) fail(ctx, l.line, 'event before any day header');
      row = { section, date, time: start.time, line: l.line, fragments: [{ text: start.rest, line: l.line }] };
      awaitingRoom = false;
    } else if (isFurniture(text)) {
      // Column titles ("Venue") and notices repeated on every page.
    } else if (row !== null && (!afterBlank || unfinished(row))) {
      row.fragments.push(l);
    } else {
      close();
      if (awaitingRoom) {
        plenaryVenue = text;
        awaitingRoom = false;
      } else if (!inNote) {
        warn(ctx, l.line, `text outside any event ignored: "${text.slice(0, 80)}"`);
      }
      inNote = true;
    }
    afterBlank = false;
  }
  close();
  reportProblems(ctx, events, problems);
  return { events, sideSectionLines };
}
