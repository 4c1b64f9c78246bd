// "TITLE Organized by A and B (with C)": the side-event text of the running-text and tab-rows
// layouts, split into title, lead organizers and partners.

import type { EventRecord } from '../records.js';
import { VENUE, hasHeadNoun, organizersBeforeHead, splitOrganizedBy } from './organizer-list.js';
import { type ProgrammeContext, cleanTitle, newEvent, sideEventKind } from './programme-event.js';
import { type LinedText, collapseWhitespace, sliceLined } from './text.js';
import type { TimeRange } from './times.js';

// Where the organizer text starts: "Organized by", "Co-organized by", "Jointly organized by", "Organised by",
// "Hosted by", "Co-hosted by", "Sponsored by" (each leads; later connectors are the grammar's, organizer-list.ts).
// "Convened by" heads a programme's organizer line as "Organized by" does ("Convened by the Permanent Mission of Italy …"),
// and so do "Prepared by", "Launched by", "Offered by", "Presented by" (round 8: "An event prepared by the Ministry …").
// A venue may stand between the verb and "by" ("Organized in Warsaw by …", "co-organised at the European Youth Centre
// by …", round 10; VENUE in organizer-list.ts), and "jointly" after the verb ("organized jointly by", post-test).
// "Regional Preparatory Meeting for Africa Region (by: Economic Commission for Africa (ECA))": a calendar's bracketed
// "by:" field names the organizer too (session 7); the list ends at the bracket's close (organizer-list.ts inBracket).
// "Hybrid Press Briefing by Permanent Mission of …": a schedule's briefing or press conference "by" its organizer
// (post-test, session 7).
export const ORGANIZED_BY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:(?:co-|jointly\s+)?organi[sz]ed(?:\s+jointly)?${VENUE}|(?:co-)?hosted|(?:co-)?sponsored|convened|prepared|launched|offered|presented|(?:press\s+)?briefing|press\s+conference)\s+by|(?<=\(\s*)by(?=\s*:))(?![\p{L}\p{N}_])\s*:?\s*`,
  'iu',
);

/**
 * The organizer text of a line read without a layout (a real line of the accuracy fixtures): after its `head` when
 * one is given, else after the first head, unless the sentences before that head already name organizers
 * ("X in cooperation with Y. Meeting sponsored by Z": the whole line, where "sponsored by" is a connector), else
 * all of it. In a programme row the text before the head is the event's title (sideEventFromText).
 */
export function lineOrganizerText(text: string, head?: string): string {
  if (head !== undefined && text.includes(head)) return text.slice(text.indexOf(head) + head.length);
  const by = ORGANIZED_BY.exec(text);
  if (by === null) return dashRowOrganizers(text);
  if (organizersBeforeHead(text.slice(0, by.index))) return text;
  return text.slice(by.index + by[0].length);
}

// A row's one dash outside brackets: " – ", " - ", " -- ", or "--" glued to the next word ("the UNGPs --UN Global …").
const ROW_DASH = /\s+[–—-]{1,2}\s*(?=\p{Lu})|\s*--(?=\p{Lu})/gu;
// Organization words the head nouns lack ("London School of Economics") or of other languages ("Plataforma contra la
// Impunidad"), which a title does not carry.
const FOREIGN_HEAD =
  /(?<![\p{L}])(?:School|College|Plataforma|Fundación|Fundação|Fondation|Centro|Instituto|Institut|Asociación|Associação|Red)(?![\p{L}])/u;
const orgLike = (s: string): boolean => hasHeadNoun(s) || FOREIGN_HEAD.test(s);

/**
 * A programme row with no head (session 8): "<title> – <presenter>" ("Teaching Business and Human Rights – Columbia
 * University Law School") names the organizer after its one dash when that side reads as an organization (a head noun:
 * University, Institute, Network, Government …) and the title does not; "<ACRONYM> - <title>" ("ISOC - Collaborative
 * Leadership Exchange") names it before. Otherwise the whole line is the organizer text.
 */
function dashRowOrganizers(text: string): string {
  const dashes = [...text.matchAll(ROW_DASH)].filter((m) => depthAt(text, m.index) === 0);
  const dash = dashes[0];
  if (dashes.length !== 1 || dash === undefined) return text;
  const left = text.slice(0, dash.index).trim();
  const right = text.slice(dash.index + dash[0].length).trim();
  // Only a row: no connector or verb after the dash, no sentence subject ("The EU Cyber Direct - EU Cyber Diplomacy
  // Initiative together with … organise …") before it.
  // Nor a sentence's passive organizing verb before it ("This workshop is organized thanks to … the Italian Government –
  // Ministry of …", round 19).
  if (
    /(?<![\p{L}])(?:with|by|organi[sz]e[sd]?|host(?:s|ed)?)(?![\p{L}])/iu.test(right) ||
    /^The\s/u.test(left) ||
    /\s(?:is|are|was|were|will\s+be)\s+(?:co-)?(?:organi[sz]ed|hosted|convened|sponsored)(?![\p{L}])/u.test(left)
  )
    return text;
  if (orgLike(right) && !orgLike(left)) return text.slice(dash.index + dash[0].length);
  // A title in sentence case on one side, capitalised words on the other ("Applying the UN Guiding Principles to
  // “Constructive campaigning” for civil society - Global CSR", "International Media Support - Operational responses
  // to online harassment"): the capitalised side is the organizer (post-test, session 8).
  if (sentenceCase(left) && capitalised(right)) return text.slice(dash.index + dash[0].length);
  if (sentenceCase(right) && capitalised(left)) return left;
  if (/^[\p{Lu}][\p{Lu}\d&]+$/u.test(left) && !orgLike(right)) return left;
  return text;
}

const FUNCTION_WORD = /^(?:a|an|and|the|of|for|on|in|to|at|by|with|from|de|la|del|des|du|le|les)$/u;
const contentWords = (s: string): string[] =>
  s
    .replace(/[“”"‘’()]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => /^\p{L}/u.test(w) && !FUNCTION_WORD.test(w));
const sentenceCase = (s: string): boolean => contentWords(s).filter((w) => /^\p{Ll}/u.test(w)).length >= 2;
const capitalised = (s: string): boolean => {
  const words = contentWords(s);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
};

function depthAt(text: string, at: number): number {
  let depth = 0;
  for (const c of text.slice(0, at)) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth;
}

export interface SideEventParse {
  event: EventRecord;
  /** Why the event looks cut off (no title, no "Organized by", a list that stops mid-name); null when whole. */
  problem: string | null;
}

export function sideEventFromText(
  ctx: ProgrammeContext,
  date: string,
  time: TimeRange | null,
  content: LinedText,
  line: number,
): SideEventParse {
  const by = ORGANIZED_BY.exec(content.text);
  const titleEnd = by?.index ?? content.text.length;
  const title = cleanTitle(collapseWhitespace(content.text.slice(0, titleEnd)));
  const event = newEvent(ctx, sideEventKind(title), date, time, title, line);
  if (title === '') return { event, problem: 'event has a time but no title' };
  if (by === null) return { event, problem: 'event has no "Organized by"' };
  const split = splitOrganizedBy(sliceLined(content, by.index + by[0].length), ctx.file);
  event.organizers = split.organizers;
  event.partners = split.partners;
  ctx.warnings.push(...split.problems);
  if (!split.complete || split.organizers.length === 0) {
    return { event, problem: 'organizer list is cut off' };
  }
  return { event, problem: null };
}
