// One plenary-column slot ("Item 2 (b). Trafficking in Persons Protocol Item 2 (c). …", "Committee of
// the Whole") turned into an event with its agenda items, whatever the layout.
//
// Title format: a PLENARY slot is titled "Plenary: " followed by its items as printed, joined with
// "; " ("Plenary: Item 2 (b). Trafficking in Persons Protocol; Item 2 (c). Smuggling of Migrants
// Protocol"), "(continued)" kept where the programme says so. A Committee of the Whole slot keeps its
// own text ("Committee of the Whole"); a "SPECIAL EVENT: …" among the plenary slots is a SPECIAL_EVENT.

import type { AgendaItemRef, EventRecord } from '../records.js';
import { type ProgrammeContext, newEvent, sideEventKind, warn } from './programme-event.js';
import { sideEventFromText } from './programme-side-event.js';
import { type LinedText, collapseWhitespace, firstLine, sliceLined } from './text.js';
import type { TimeRange } from './times.js';

const ITEM = /\bItem\s+(\d+)\s*(?:\(\s*([a-z])\s*\))?\s*[.:]?\s*/gi;
const CONTINUED = /\s*\(\s*continued\s*\)\s*\.?\s*$/i;
const COMMITTEE_OF_THE_WHOLE = /^Committee\s+of\s+the\s+Whole\b/i;

interface PrintedItem {
  ref: AgendaItemRef;
  continued: boolean;
}

function itemsIn(ctx: ProgrammeContext, t: LinedText): PrintedItem[] {
  const matches = [...t.text.matchAll(ITEM)];
  return matches.map((m, i) => {
    const titleEnd = matches[i + 1]?.index ?? t.text.length;
    const raw = collapseWhitespace(t.text.slice(m.index + m[0].length, titleEnd));
    const number = m[2] === undefined ? (m[1] ?? '') : `${m[1]} (${m[2].toLowerCase()})`;
    return {
      ref: {
        number,
        title: raw.replace(CONTINUED, '').replace(/[\s.;]+$/, ''),
        source: { file: ctx.file, line: t.lines[m.index] ?? 0 },
      },
      continued: CONTINUED.test(raw),
    };
  });
}

function plenaryTitle(items: readonly PrintedItem[]): string {
  const printed = items.map((i) => `Item ${i.ref.number}. ${i.ref.title}${i.continued ? ' (continued)' : ''}`);
  return `Plenary: ${printed.join('; ')}`;
}

/**
 * The event of one plenary slot. `content` is the slot's text (all its lines). Text before the first
 * "Item" that is not "Committee of the Whole" or a special event is unexpected: it is kept as the
 * title with a warning.
 */
export function plenarySlotEvent(
  ctx: ProgrammeContext,
  date: string,
  time: TimeRange | null,
  content: LinedText,
  line: number,
  venue: string | null,
): EventRecord {
  const items = itemsIn(ctx, content);
  const firstItem = items.length > 0 ? content.text.search(/\bItem\s+\d/i) : content.text.length;
  const lead = collapseWhitespace(sliceLined(content, 0, firstItem).text);
  let event: EventRecord;
  if (COMMITTEE_OF_THE_WHOLE.test(lead)) {
    event = newEvent(ctx, 'COMMITTEE_OF_THE_WHOLE', date, time, lead, line);
  } else if (lead !== '' && sideEventKind(lead) === 'SPECIAL_EVENT') {
    // A special event printed among the plenary slots reads like a side event ("… Organized by X").
    event = sideEventFromText(ctx, date, time, content, line).event;
  } else if (items.length > 0 && lead === '') {
    event = newEvent(ctx, 'PLENARY', date, time, plenaryTitle(items), line);
  } else {
    if (lead !== '') warn(ctx, firstLine(content, line), `plenary slot without agenda items: "${lead}"`);
    event = newEvent(ctx, 'PLENARY', date, time, collapseWhitespace(content.text), line);
  }
  event.agendaItems = items.map((i) => i.ref);
  event.venue = venue;
  return event;
}
