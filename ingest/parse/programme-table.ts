// The 'table' layout (COP6 2012): tab-separated tables whose columns a header row names
// ("<i>Time</i> <i>Plenary</i> <i>Parallel meeting</i>", "<i>Time</i> <i>Venue</i> <i>Side event</i>
// <i>Description</i>"), so columns are found by name, not position.
//
// - A row with an empty time cell shares the time of the row above (same day).
// - Plenary table: consecutive rows of one time form one plenary slot; the parallel-meeting column
//   gives WORKING_GROUP_MEETING events (a joint discussion of two groups is one event whose
//   `workingGroups` lists both).
// - Side-event table: "A / B / C: title" (all lead organizers, no partners); "SPLIT PANEL: A) … B) …"
//   is one event per panel at the same slot, each with its own <i> description when two are given.
// - A line without tabs right after a row continues the row's last cell (a broken row).

import type { EventRecord } from '../records.js';
import { parseDayHeader } from './day-headers.js';
import { splitLeadList } from './organizer-list.js';
import {
  type LayoutResult,
  type ProgrammeContext,
  cleanTitle,
  dateOfHeader,
  fail,
  isFurniture,
  isOnlineVenue,
  isSideEventsHeading,
  newEvent,
  reportProblems,
  sideEventKind,
  warn,
} from './programme-event.js';
import { plenarySlotEvent } from './programme-plenary.js';
import { type Cell, isEmptyCell, rowCells } from './programme-rows.js';
import {
  type LinedText,
  type SourceLine,
  cleanText,
  collapseWhitespace,
  joinLines,
  sliceLined,
  trimLined,
} from './text.js';
import { type TimeRange, parseTimeRange } from './times.js';

type Column = 'time' | 'plenary' | 'parallel' | 'venue' | 'event' | 'description';

const COLUMN_NAMES: ReadonlyArray<[Column, RegExp]> = [
  ['time', /^time$/i],
  ['plenary', /^plenary/i],
  ['parallel', /^(?:parallel|working group)/i],
  ['venue', /^(?:venue|room|location)$/i],
  ['event', /^(?:side[-\s]event|event|title)/i],
  ['description', /^description/i],
];

interface Table {
  kind: 'plenary' | 'side';
  columns: Map<Column, number>;
}

interface Row {
  table: Table;
  date: string;
  line: number;
  lines: SourceLine[];
}

/** A header row: its first cell is "Time" and further cells name known columns. */
export function tableHeader(raw: string): Table | null {
  const names = raw.split('\t').map(cleanText);
  if (!/^time$/i.test(names[0] ?? '') || names.length < 2) return null;
  const columns = new Map<Column, number>();
  names.forEach((name, i) => {
    const column = COLUMN_NAMES.find(([, re]) => re.test(name))?.[0];
    if (column !== undefined && !columns.has(column)) columns.set(column, i);
  });
  if (columns.has('event')) return { kind: 'side', columns };
  if (columns.has('plenary')) return { kind: 'plenary', columns };
  return null;
}

function cell(row: { table: Table }, cells: readonly Cell[], column: Column): Cell | undefined {
  const i = row.table.columns.get(column);
  return i === undefined ? undefined : cells[i];
}

function rowsOf(ctx: ProgrammeContext, lines: readonly SourceLine[]): { rows: Row[]; sideSectionLines: number[] } {
  const rows: Row[] = [];
  const sideSectionLines: number[] = [];
  let table: Table | null = null;
  let date: string | null = null;
  let lastRow: Row | null = null;
  let inNote = false;
  for (const l of lines) {
    const text = cleanText(l.text);
    if (text === '') {
      lastRow = null;
      inNote = false;
      continue;
    }
    const header = tableHeader(l.text);
    const day = parseDayHeader(text);
    if (header !== null) {
      table = header;
      if (header.kind === 'side') sideSectionLines.push(l.line);
      lastRow = null;
    } else if (day !== null) {
      date = dateOfHeader(ctx, day, l.line);
      lastRow = null;
    } else if (isSideEventsHeading(text) || isFurniture(text)) {
      lastRow = null;
    } else if (l.text.includes('\t') && table !== null) {
      if (date === null) fail(ctx, l.line, 'table row before any day header');
      lastRow = { table, date, line: l.line, lines: [l] };
      rows.push(lastRow);
    } else if (lastRow !== null) {
      lastRow.lines.push(l);
    } else {
      if (!inNote) warn(ctx, l.line, `text outside any event ignored: "${text.slice(0, 80)}"`);
      inNote = true;
    }
  }
  return { rows, sideSectionLines };
}

/** Slot times: a row's own time, or the time of the row above on the same day. */
function timeOf(ctx: ProgrammeContext, row: Row, cells: readonly Cell[], previous: TimeRange | null): TimeRange | null {
  const written = cleanText((cell(row, cells, 'time') ?? []).map((p) => p.text).join(' '));
  if (written === '') {
    if (previous === null) warn(ctx, row.line, 'row has no time and no row above it to take one from');
    return previous;
  }
  const time = parseTimeRange(written);
  if (time === null) warn(ctx, row.line, `unreadable time "${written}"`);
  return time;
}

const CONTINUED = /\s*\(\s*continued\s*\)\s*$/i;
// "… of the Open-ended Interim Working Group of Government Experts on Technical Assistance and the
// Working Group on International Cooperation": each group runs until the next one starts.
const GROUP =
  /(?:\p{Lu}[\p{L}-]*\s+)*Working\s+Group\b.*?(?=\s+and\s+the\s+(?:\p{Lu}[\p{L}-]*\s+)*Working\s+Group\b|$)/gu;

function workingGroupEvent(
  ctx: ProgrammeContext,
  date: string,
  time: TimeRange | null,
  text: LinedText,
  line: number,
): EventRecord {
  const title = collapseWhitespace(text.text);
  const name = title.replace(CONTINUED, '');
  const groups = /^joint\b/i.test(name) ? (name.match(GROUP) ?? [name]) : [name];
  const event = newEvent(ctx, 'WORKING_GROUP_MEETING', date, time, title, line);
  event.workingGroup = groups[0] ?? name;
  event.workingGroups = groups;
  return event;
}

interface Slot {
  date: string;
  time: TimeRange | null;
  line: number;
  plenary: Cell;
  meetings: Cell[];
}

function slotEvents(
  ctx: ProgrammeContext,
  slot: Slot,
  events: EventRecord[],
  problems: Map<EventRecord, string>,
): void {
  const content = joinLines(slot.plenary);
  if (content.text !== '' || slot.meetings.length === 0) {
    const event = plenarySlotEvent(ctx, slot.date, slot.time, content, slot.line, null);
    events.push(event);
    if (content.text === '') problems.set(event, 'plenary slot has a time but no content');
  }
  for (const m of slot.meetings) {
    events.push(workingGroupEvent(ctx, slot.date, slot.time, joinLines(m), m[0]?.line ?? slot.line));
  }
}

function plenaryEvents(
  ctx: ProgrammeContext,
  rows: readonly Row[],
  events: EventRecord[],
  problems: Map<EventRecord, string>,
): void {
  let slot: Slot | null = null;
  for (const row of rows) {
    const cells = rowCells(row.lines);
    const ownTime = !isEmptyCell(cell(row, cells, 'time'));
    if (slot === null || ownTime || slot.date !== row.date) {
      const time = timeOf(ctx, row, cells, slot !== null && slot.date === row.date ? slot.time : null);
      if (slot !== null) slotEvents(ctx, slot, events, problems);
      slot = { date: row.date, time, line: row.line, plenary: [], meetings: [] };
    }
    const plenary = cell(row, cells, 'plenary');
    if (plenary !== undefined && !isEmptyCell(plenary)) slot.plenary.push(...plenary);
    const meeting = cell(row, cells, 'parallel');
    if (meeting !== undefined && !isEmptyCell(meeting)) slot.meetings.push(meeting);
  }
  if (slot !== null) slotEvents(ctx, slot, events, problems);
}

/** "SPLIT PANEL: A) … B) …" → the panels' texts; any other event text → itself. */
function panels(text: LinedText): LinedText[] {
  const prefix = /^SPLIT\s+PANEL\b\s*:?\s*/i.exec(text.text);
  if (prefix === null) return [text];
  const markers: number[] = [];
  let expected = 'a';
  for (const m of text.text.matchAll(/(?<![\p{L}\d])([a-z])\)\s*/giu)) {
    if (m.index < prefix[0].length - 1 || m[1]?.toLowerCase() !== expected) continue;
    markers.push(m.index);
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (markers.length < 2) return [sliceLined(text, prefix[0].length)];
  return markers.map((start, i) => {
    const panel = sliceLined(text, start, markers[i + 1] ?? text.text.length);
    return trimLined(sliceLined(panel, /^[a-z]\)\s*/i.exec(panel.text)?.[0].length ?? 0));
  });
}

/** "<i>first</i> <i>second</i>" → one description per italic block (tags around the whole cell too). */
function descriptions(cellText: string): string[] {
  const blocks = [...cellText.matchAll(/<i>([\s\S]*?)<\/i>/gi)]
    .map((m) => cleanText(m[1] ?? ''))
    .filter((d) => d !== '');
  if (blocks.length > 0) return blocks;
  const whole = cleanText(cellText);
  return whole === '' ? [] : [whole];
}

/** "Colombia / Italy / UNODC: title" → organizers and title; the first ": " outside brackets splits. */
function panelEvent(
  ctx: ProgrammeContext,
  date: string,
  time: TimeRange | null,
  text: LinedText,
  line: number,
): { event: EventRecord; problem: string | null } {
  let depth = 0;
  let colon = -1;
  for (let i = 0; i < text.text.length && colon < 0; i++) {
    const ch = text.text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ':' && depth === 0 && /\s/.test(text.text[i + 1] ?? ' ')) colon = i;
  }
  const title = cleanTitle(collapseWhitespace(colon < 0 ? text.text : text.text.slice(colon + 1)));
  const event = newEvent(ctx, sideEventKind(title), date, time, title, line);
  if (title === '') return { event, problem: 'event has a time but no title' };
  if (colon < 0) return { event, problem: 'event names no organizer ("Organizer: title")' };
  const leads = splitLeadList(sliceLined(text, 0, colon), ctx.file);
  event.organizers = leads.organizers;
  ctx.warnings.push(...leads.problems);
  return { event, problem: event.organizers.length === 0 ? 'event names no organizer' : null };
}

function sideEvents(
  ctx: ProgrammeContext,
  rows: readonly Row[],
  events: EventRecord[],
  problems: Map<EventRecord, string>,
): void {
  let previous: { date: string; time: TimeRange | null } | null = null;
  for (const row of rows) {
    const cells = rowCells(row.lines);
    const time = timeOf(ctx, row, cells, previous !== null && previous.date === row.date ? previous.time : null);
    previous = { date: row.date, time };
    const venueText = joinLines(cell(row, cells, 'venue') ?? []).text;
    const eventText = joinLines(cell(row, cells, 'event') ?? []);
    const described = descriptions((cell(row, cells, 'description') ?? []).map((p) => p.text).join(' '));
    const parts = panels(eventText);
    parts.forEach((part, i) => {
      const { event, problem } = panelEvent(ctx, row.date, time, part, row.line);
      event.venue = venueText === '' ? null : venueText;
      event.online = event.venue !== null && isOnlineVenue(event.venue);
      event.description = (parts.length === described.length ? described[i] : described.join(' ')) || null;
      events.push(event);
      if (problem !== null) problems.set(event, problem);
    });
  }
}

export function parseTable(ctx: ProgrammeContext, lines: readonly SourceLine[]): LayoutResult {
  const { rows, sideSectionLines } = rowsOf(ctx, lines);
  const events: EventRecord[] = [];
  const problems = new Map<EventRecord, string>();
  // Rows are handled table by table, in document order.
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const group = rows[start]?.table;
    if (i < rows.length && rows[i]?.table === group) continue;
    const slice = rows.slice(start, i);
    if (group?.kind === 'plenary') plenaryEvents(ctx, slice, events, problems);
    else sideEvents(ctx, slice, events, problems);
    start = i;
  }
  reportProblems(ctx, events, problems);
  return { events, sideSectionLines };
}
