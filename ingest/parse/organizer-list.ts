// Splits organizer text into organizations: "the Government of Italy and the UNODC … Branch (with C,
// D and E)", "Peru, with Bolivia (Plurinational State of), Colombia, …", "Slovenia / Netherlands".
// Lead organizers come before "with"; partners after it. Names are returned as written (trimmed of
// list punctuation and footnote stars), each with the line it appears on; resolving them to
// canonical organizations is the resolver's job.
//
// Separators: "/", ",", ";" always split, except inside parentheses or protected names (see
// programme-names.ts). "and" splits only where the structure says a new organization starts, because
// many names contain "and" ("Organized Crime and Illicit Trafficking Branch").

import type { OrganizationMention } from '../records.js';
import {
  ORG_HEAD_NOUNS,
  endsWithStateName,
  isStateName,
  protectedRanges,
  stateNameAtStart,
} from './programme-names.js';
import { type LinedText, firstLine, sliceLined } from './text.js';

export interface OrganizerSplit {
  organizers: OrganizationMention[];
  partners: OrganizationMention[];
  /** False when the text stops mid-list: an unclosed "(" or a trailing "and", "of", "the", ",". */
  complete: boolean;
}

/** Per character: parenthesis depth before it, and whether it lies in a protected name. */
interface Guard {
  depth: number[];
  locked: boolean[];
}

function guardOf(text: string): Guard {
  const depth: number[] = [];
  const locked: boolean[] = [];
  let d = 0;
  for (const ch of text) {
    // Characters outside the BMP take two code units; keep both arrays aligned with `text`.
    for (let k = 0; k < ch.length; k++) {
      depth.push(d);
      locked.push(d > 0 || ch === '(');
    }
    if (ch === '(') d++;
    else if (ch === ')' && d > 0) d--;
  }
  for (const [a, b] of protectedRanges(text)) for (let i = a; i < b; i++) locked[i] = true;
  return { depth, locked };
}

const TRAILING_CONNECTOR = /(?:(?<![\p{L}])(?:and|of|the|for|with|by|in|on|against|to|from)|[,/&–-])\s*$/iu;

/** Whether organizer text looks cut off: an unclosed "(" or a dangling "and", "of", ",". */
export function isIncompleteList(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  let depth = 0;
  for (const ch of t) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0 || TRAILING_CONNECTOR.test(t);
}

interface Piece {
  start: number;
  end: number;
}

/** Splits [from, to) at every unlocked match of `separator`. */
function splitAt(text: string, guard: Guard, from: number, to: number, separator: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let start = from;
  const re = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length > to) break;
    const sepChar = m.index + m[0].search(/\S/);
    if (guard.locked[sepChar] !== true) {
      pieces.push({ start, end: m.index });
      start = m.index + m[0].length;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  pieces.push({ start, end: to });
  return pieces;
}

// "/" between names has a space on at least one side ("(ICAT) /Sweden", "(PDMU)/ Research");
// "HIV/AIDS" and "TIP/SOM" have none.
const LIST_SEPARATOR = /\s+\/\s*|\s*\/\s+|\s*[,;]\s*/g;
const AND = /\s+and\s+/gi;

const ORG_START =
  /^(?:the\s+)?(?:Governments?\s+of|UNODC|United\s+Nations|UN\b|Ministry|Ministries|Permanent\s+Missions?\s+of|Embassy)\b/i;
const ACRONYM_START = /^[\p{Lu}][\p{Lu}\d&.-]+(?![\p{L}])/u;
const GOVERNMENT_OF = /^(?:the\s+)?Governments?\s+of\s+/i;

function lastWord(s: string): string {
  const words = s
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim()
    .split(/\s+/);
  return words[words.length - 1] ?? '';
}

function hasHeadNoun(s: string): boolean {
  return s.split(/[\s,]+/).some((w) => ORG_HEAD_NOUNS.has(w)) || /\(\p{Lu}[\p{Lu}\d-]+\)/u.test(s);
}

/**
 * Whether " and " between `left` and `right` separates two organizations. `right` runs to the end of
 * its list item, so it may contain further "and"s.
 */
function andSeparates(left: string, right: string): boolean {
  const l = left.trim();
  const r = right.trim();
  if (l === '' || r === '') return false;
  if (ORG_START.test(r) || ACRONYM_START.test(r)) return true;
  if (/^the\s/i.test(r)) {
    // "and the Global Initiative …" starts an organization; "and the Pacific", "and the
    // Financing of Terrorism" end the name on the left.
    // Only up to the next "and the": "and the Pacific and the Government of X" is judged on "the Pacific".
    return stateNameAtStart(r) > 0 || hasHeadNoun(r.split(/\s+and\s+the\s/i)[0] ?? r);
  }
  if (!/^\p{Lu}/u.test(r)) return false;
  const rightFirst = r.split(/\s+and\s+/i)[0] ?? r;
  if (isStateName(rightFirst)) return true;
  return (
    ORG_HEAD_NOUNS.has(lastWord(l)) ||
    /\)$/.test(l) ||
    ACRONYM_START.test(lastWord(l)) ||
    isStateName(l) ||
    (GOVERNMENT_OF.test(l) && endsWithStateName(l))
  );
}

/** Splits one list item at the "and"s that separate organizations. */
function splitAnds(text: string, guard: Guard, item: Piece, forced: boolean): Piece[] {
  const candidates = splitAt(text, guard, item.start, item.end, AND);
  const pieces: Piece[] = [];
  let current = candidates[0];
  if (current === undefined) return pieces;
  for (const next of candidates.slice(1)) {
    const left = text.slice(current.start, current.end);
    const right = text.slice(next.start, item.end);
    if (forced || andSeparates(left, right)) {
      pieces.push(current);
      current = next;
    } else {
      current = { start: current.start, end: next.end };
    }
  }
  pieces.push(current);
  return pieces;
}

function trimPiece(text: string, p: Piece): Piece {
  let { start, end } = p;
  const lead = /^(?:\s|and\s+|&\s+)+/i.exec(text.slice(start, end));
  if (lead !== null) start += lead[0].length;
  // Trailing list punctuation and footnote markers ("Mexico *", "Spain.").
  const tail = /[\s.,;:*]+$/.exec(text.slice(start, end));
  if (tail !== null) end -= tail[0].length;
  return { start, end: Math.max(start, end) };
}

const QUALIFIER = /^(?:Ministry|Ministries|Department|Directorate)\b/;

/** Splits a list of organizations (no "with" part) into mentions. */
function mentionsIn(t: LinedText, file: string): OrganizationMention[] {
  // The guard is computed on the list alone: partners written "(with A, B)" are inside parentheses
  // in the whole text, but their own commas separate names.
  const guard = guardOf(t.text);
  const mentions: OrganizationMention[] = [];
  let inGovernments = false;
  for (const item of splitAt(t.text, guard, 0, t.text.length, LIST_SEPARATOR)) {
    let piece = trimPiece(t.text, item);
    // "the Governments of Italy, the Netherlands, Nigeria and Spain": one mention per State, each
    // without the shared prefix. The plural promises a list of States, so every "and" splits, in
    // the following items too until one looks like another kind of organization.
    const itemText = t.text.slice(piece.start, piece.end);
    const plural = /^(?:the\s+)?Governments\s+of\s+/i.exec(itemText);
    if (plural !== null) piece = { start: piece.start + plural[0].length, end: piece.end };
    inGovernments = plural !== null || (inGovernments && !hasHeadNoun(itemText) && !ORG_START.test(itemText));
    for (const p of splitAnds(t.text, guard, piece, inGovernments)) {
      const { start, end } = trimPiece(t.text, p);
      const text = t.text.slice(start, end);
      if (text === '') continue;
      const previous = mentions[mentions.length - 1];
      // "the Government of the United Arab Emirates, Ministry of Interior": the ministry is a unit
      // of the State named just before, not another organizer.
      if (
        QUALIFIER.test(text) &&
        previous !== undefined &&
        (isStateName(previous.text) || GOVERNMENT_OF.test(previous.text))
      ) {
        previous.unit = text;
        continue;
      }
      // A name broken after its article ("Organized by the" / "Government of …") is cited where the name itself is.
      const nameStart = start + (/^the\s+/i.exec(text)?.[0].length ?? 0);
      mentions.push({ text, source: { file, line: t.lines[nameStart] ?? firstLine(t, 0) } });
    }
  }
  return mentions;
}

/** Where the partners start: "(with …)" at depth 0, else ", with …" / " with …". */
function findWith(text: string, guard: Guard): { leadEnd: number; from: number; to: number } | null {
  for (const m of text.matchAll(/\(\s*with\s+/gi)) {
    if (guard.depth[m.index] !== 0) continue;
    let close = text.length;
    for (let i = m.index + 1; i < text.length; i++) {
      if (text[i] === ')' && guard.depth[i] === 1) {
        close = i;
        break;
      }
    }
    return { leadEnd: m.index, from: m.index + m[0].length, to: close };
  }
  for (const m of text.matchAll(/,?\s+with\s+(?=the\s|\p{Lu})/giu)) {
    if (guard.depth[m.index] !== 0 || guard.locked[m.index + m[0].search(/with/i)] === true) continue;
    return { leadEnd: m.index, from: m.index + m[0].length, to: text.length };
  }
  return null;
}

/**
 * Splits the text after "Organized by" into lead organizers and partners.
 * `t` may span several lines; each mention cites the line its name starts on.
 */
export function splitOrganizedBy(t: LinedText, file: string): OrganizerSplit {
  const complete = !isIncompleteList(t.text);
  const w = findWith(t.text, guardOf(t.text));
  if (w === null) return { organizers: mentionsIn(t, file), partners: [], complete };
  // Text after a closing "(with …)" is unusual; treat it as further lead organizers.
  const organizers = [
    ...mentionsIn(sliceLined(t, 0, w.leadEnd), file),
    ...mentionsIn(sliceLined(t, Math.min(w.to + 1, t.text.length)), file),
  ];
  return { organizers, partners: mentionsIn(sliceLined(t, w.from, w.to), file), complete };
}

/** Splits a list whose names are all lead organizers ("Colombia / Italy / Interpol / UNODC"). */
export function splitLeadList(t: LinedText, file: string): OrganizationMention[] {
  return mentionsIn(t, file);
}
