// Entry point for COP programme documents: recognises which of the three layouts a document uses,
// reads the session from its title block, hands the body to the layout's parser and applies the
// checks that tell a complete programme from a truncated one.
//
// Truncation rules (IngestError, with file and line):
// - the programme has no event at all;
// - it has a side-events section (heading or side-event table) but no side event in it;
// - a day header has no event under it before the next day header or the end of the document;
// - the last event is cut off: a time with no title, a side event without its organizer, or an
//   organizer list that stops mid-name (open "(", trailing "and"/"of"/","). The same defects in the
//   middle of a programme are warnings, since the document evidently goes on.

import { IngestError } from '../errors.js';
import type { ProgrammeLayout, ProgrammeRecord } from '../records.js';
import { parseDayHeader } from './day-headers.js';
import { type LayoutResult, type ProgrammeContext, fail } from './programme-event.js';
import { parseProgrammeHeader } from './programme-header.js';
import { parseRunningText } from './programme-running-text.js';
import { parseTabRows } from './programme-tab-rows.js';
import { parseTable, tableHeader } from './programme-table.js';
import { type SourceLine, cleanText } from './text.js';
import { matchTimePrefix } from './times.js';

function sourceLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).map((t, i) => ({ text: t, line: i + 1 }));
}

/**
 * Which programme layout a text uses, or null when it is not a programme. A programme has day
 * headers; 'table' has a "Time | …" column header row; otherwise rows that put a tab right after the
 * time are 'tab-rows' and lines that run on after the time are 'running-text'.
 */
export function detectProgrammeLayout(text: string): ProgrammeLayout | null {
  const lines = text.split(/\r?\n/);
  if (!lines.some((l) => parseDayHeader(l) !== null)) return null;
  if (lines.some((l) => tableHeader(l) !== null)) return 'table';
  let tabbed = 0;
  let running = 0;
  for (const l of lines) {
    const [first = '', ...rest] = l.split('\t');
    const time = matchTimePrefix(cleanText(first));
    if (time === null) continue;
    if (time.rest.trim() === '' && rest.some((c) => cleanText(c) !== '')) tabbed++;
    else if (time.rest.trim() !== '') running++;
  }
  if (tabbed === 0 && running === 0) return null;
  return tabbed >= running ? 'tab-rows' : 'running-text';
}

const PARSERS: Record<ProgrammeLayout, (ctx: ProgrammeContext, lines: readonly SourceLine[]) => LayoutResult> = {
  table: parseTable,
  'running-text': parseRunningText,
  'tab-rows': parseTabRows,
};

function checkComplete(ctx: ProgrammeContext, lines: readonly SourceLine[], result: LayoutResult): void {
  const { events, sideSectionLines } = result;
  const firstSection = sideSectionLines[0];
  if (events.length === 0) fail(ctx, lines[0]?.line ?? 1, 'programme has no events');
  if (firstSection !== undefined && !events.some((e) => e.kind === 'SIDE_EVENT' || e.kind === 'SPECIAL_EVENT')) {
    fail(ctx, firstSection, 'side-events section has no events');
  }
  const dayLines = lines.filter((l) => parseDayHeader(l.text) !== null).map((l) => l.line);
  dayLines.forEach((line, i) => {
    const next = dayLines[i + 1] ?? Number.POSITIVE_INFINITY;
    if (!events.some((e) => e.source.line > line && e.source.line < next)) {
      fail(ctx, line, 'day header with no events under it');
    }
  });
}

/** Parses a COP programme. `file` is the document's basename, cited by every Source. */
export function parseProgramme(file: string, text: string): ProgrammeRecord {
  const layout = detectProgrammeLayout(text);
  const lines = sourceLines(text);
  if (layout === null)
    throw new IngestError(file, 1, 'not a programme in a known layout (no day headers or timed events)');
  // The title block is everything before the first day header or table header row.
  const bodyStart = lines.findIndex((l) => parseDayHeader(l.text) !== null || tableHeader(l.text) !== null);
  const session = parseProgrammeHeader(file, lines.slice(0, bodyStart));
  const ctx: ProgrammeContext = { file, session, warnings: [] };
  const body = lines.slice(bodyStart);
  const result = PARSERS[layout](ctx, body);
  checkComplete(ctx, body, result);
  return { kind: 'programme', file, layout, session, events: result.events, warnings: ctx.warnings };
}
