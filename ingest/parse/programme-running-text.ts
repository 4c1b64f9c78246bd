// The 'running-text' layout (COP10 2020): no columns. An event starts on a line that begins with its
// time ("2–3.30 p.m. THE PALERMO CONVENTION …"); its title may wrap over several lines, with blank
// lines inside, until "Organized by …", whose list may wrap too. Plenary slots are
// "12 noon–2 p.m. Item 1 (a). …" followed by more "Item" lines, or "Committee of the Whole".
//
// Rules for where an event ends (the layout has no explicit row end):
// - a new time line, a day header or the "SIDE EVENTS" heading always ends it;
// - a line right after the event's last line (no blank between) continues it;
// - after a blank line, a plenary slot continues only with another "Item …" line; a side event
//   continues while its title is still open (an upper-case line, or the "Organized by" line), or
//   while its organizer list is visibly unfinished (ends with "the", "and", ",", an open "(", or the
//   next line starts in lower case);
// - anything else is a note (the virtual-format notice, the SHERLOC consultations notice): not an
//   event; a warning names it unless it is the notice that side events are virtual.

import type { EventRecord } from '../records.js';
import { parseDayHeader } from './day-headers.js';
import { isIncompleteList } from './organizer-list.js';
import {
  type LayoutResult,
  type ProgrammeContext,
  dateOfHeader,
  fail,
  isFurniture,
  isSideEventsHeading,
  reportProblems,
  warn,
} from './programme-event.js';
import { plenarySlotEvent } from './programme-plenary.js';
import { ORGANIZED_BY, type SideEventParse, sideEventFromText } from './programme-side-event.js';
import { type SourceLine, cleanText, isUpperCaseText, joinLines } from './text.js';
import { type TimeRange, matchTimePrefix } from './times.js';

interface Entry {
  section: 'plenary' | 'side';
  date: string;
  time: TimeRange;
  line: number;
  fragments: SourceLine[];
}

// "All side events will be held in a virtual format": every side event is then online.
const VIRTUAL_NOTICE = /\bside events\b[^.]{0,80}\b(?:virtual|online)\b/i;

function organizerText(entry: Entry): string | null {
  const text = joinLines(entry.fragments).text;
  const by = ORGANIZED_BY.exec(text);
  return by === null ? null : text.slice(by.index + by[0].length);
}

function continues(entry: Entry, text: string, afterBlank: boolean): boolean {
  if (entry.section === 'plenary') return !afterBlank || /^Item\s+\d/i.test(text);
  if (!afterBlank) return true;
  const organizers = organizerText(entry);
  if (organizers === null) {
    const title = entry.fragments.map((f) => f.text).join(' ');
    return ORGANIZED_BY.test(text) || (isUpperCaseText(title) && isUpperCaseText(text));
  }
  return isIncompleteList(organizers) || /^[\p{Ll}(]/u.test(text);
}

export function parseRunningText(ctx: ProgrammeContext, lines: readonly SourceLine[]): LayoutResult {
  const online = lines.some((l) => VIRTUAL_NOTICE.test(l.text));
  const events: EventRecord[] = [];
  const sideSectionLines: number[] = [];
  const problems = new Map<EventRecord, string>();
  let section: 'plenary' | 'side' = 'plenary';
  let date: string | null = null;
  let plenaryVenue: string | null = null;
  let awaitingRoom = false;
  let entry: Entry | null = null;
  let afterBlank = false;
  let inNote = false;

  const close = (): void => {
    if (entry === null) return;
    const content = joinLines(entry.fragments);
    if (entry.section === 'plenary') {
      const event = plenarySlotEvent(ctx, entry.date, entry.time, content, entry.line, plenaryVenue);
      events.push(event);
      if (content.text === '') problems.set(event, 'plenary slot has a time but no content');
    } else {
      const parsed: SideEventParse = sideEventFromText(ctx, entry.date, entry.time, content, entry.line);
      if (online) {
        parsed.event.venue = 'Online';
        parsed.event.online = true;
      }
      events.push(parsed.event);
      if (parsed.problem !== null) problems.set(parsed.event, parsed.problem);
    }
    entry = null;
  };

  for (const l of lines) {
    const text = cleanText(l.text);
    if (text === '') {
      afterBlank = true;
      inNote = false;
      continue;
    }
    const header = parseDayHeader(text);
    const time = matchTimePrefix(text);
    if (header !== null) {
      // A "(CONTINUED)" header after a page break may fall inside a wrapped event.
      if (!(header.continued && entry !== null && entryOpen(entry))) close();
      date = dateOfHeader(ctx, header, l.line);
      if (section === 'plenary' && header.rest !== '') plenaryVenue = header.rest;
      awaitingRoom = section === 'plenary' && header.rest === '';
    } else if (isSideEventsHeading(text)) {
      if (section === 'plenary') {
        close();
        section = 'side';
      }
      sideSectionLines.push(l.line);
    } else if (time !== null) {
      close();
      if (date === null) fail(ctx, l.line, 'event before any day header');
      entry = { section, date, time: time.range, line: l.line, fragments: [{ text: time.rest, line: l.line }] };
      awaitingRoom = false;
    } else if (isFurniture(text)) {
      // Page furniture may sit inside a wrapped event: skip it without ending the event.
    } else if (entry !== null && continues(entry, text, afterBlank)) {
      entry.fragments.push(l);
    } else {
      close();
      if (awaitingRoom) {
        plenaryVenue = text;
        awaitingRoom = false;
      } else if (!inNote && !VIRTUAL_NOTICE.test(text)) {
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

function entryOpen(entry: Entry): boolean {
  if (entry.section === 'plenary') return false;
  const organizers = organizerText(entry);
  return organizers === null || isIncompleteList(organizers);
}
