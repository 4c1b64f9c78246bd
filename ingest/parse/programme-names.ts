// What the organizer grammar knows about names: which words are States (the one State list, in
// src/domain/states.ts), which words end an organization's name, and which phrases must never be split
// (ingest/reference/protected-names.txt, plus every catalogue name and alias with a comma or an "and").
// It recognises names only to find list boundaries; it does not resolve them.

import { readFileSync } from 'node:fs';
import { stateNames } from '../../src/domain/states.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern that tolerates any run of whitespace between its words. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
}

const STATES = stateNames();
// Longest names first, so "Guinea-Bissau" wins over "Guinea"; a State must be a whole word.
const STATE_AT_START = new RegExp(
  String.raw`^(?:the\s+)?(?:${STATES.map(phrasePattern).join('|')})(?![\p{L}\p{N}])`,
  'iu',
);
const STATE_AT_END = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STATES.map(phrasePattern).join('|')})$`, 'iu');
const STATES_WITH_SEPARATORS = STATES.filter((n) => /\sand\s|,/i.test(n));

/** Length of the State name (optionally after "the") that `text` starts with; 0 when none. */
export function stateNameAtStart(text: string): number {
  // Names are capitalised; requiring it keeps common words ("chad", "turkey") out.
  const article = /^the\s+/i.exec(text)?.[0].length ?? 0;
  if (!/^\p{Lu}/u.test(text.slice(article))) return 0;
  return STATE_AT_START.exec(text)?.[0].length ?? 0;
}

/** Whether the whole text is a State name ("Italy", "the Netherlands", "Bolivia (Plurinational State of)"). */
export function isStateName(text: string): boolean {
  const t = text.trim();
  return t !== '' && stateNameAtStart(t) === t.length;
}

export function endsWithStateName(text: string): boolean {
  const m = STATE_AT_END.exec(text.trim());
  return m !== null && /^\p{Lu}/u.test(m[0]);
}

/**
 * Words that end the name of an organization ("… Section", "… Foundation"). An "and" right after
 * one of them separates two organizations; an "and" after any other word is usually inside a name
 * ("Organized Crime and Illicit Trafficking Branch"). Words that also end topics are left out
 * ("International and Development Studies", "Civil Society and Youth", "Public Service and …").
 */
export const ORG_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'Academy',
  'Agency',
  'Alliance',
  'Association',
  'Authority',
  'Board',
  'Branch',
  'Bureau',
  'Center',
  'Centre',
  'Coalition',
  'College',
  'Commission',
  'Committee',
  'Council',
  'Court',
  'Department',
  'Directorate',
  'Division',
  'Federation',
  'Forum',
  'Foundation',
  'Fund',
  'Government',
  'Group',
  'Hub',
  'Initiative',
  'Institute',
  'Institution',
  'League',
  'Ministry',
  'Mission',
  'Network',
  'Observatory',
  'Office',
  'Organisation',
  'Organization',
  'Platform',
  'Programme',
  'Program',
  'Project',
  'Rapporteur',
  'Secretariat',
  'Section',
  'Survey',
  'Team',
  'Union',
  'Unit',
  'University',
]);

function loadProtectedNames(): string[] {
  const file = new URL('../reference/protected-names.txt', import.meta.url);
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

// Protected phrases, plus State names that contain "and" or a comma ("Trinidad and Tobago").
const PROTECTED = new RegExp(
  [...loadProtectedNames(), ...STATES_WITH_SEPARATORS]
    .sort((a, b) => b.length - a.length)
    .map((p) => String.raw`(?<![\p{L}\p{N}])${phrasePattern(p)}(?![\p{L}\p{N}])`)
    .join('|'),
  'giu',
);

// "on Government, Crime, Victimization and Justice", "Prevention, Treatment and Rehabilitation
// Section": single capitalised words listed inside one name. Such an enumeration is protected when a
// preposition introduces it or a head noun closes it, and none of its words is a State or an acronym.
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const ENUMERATION = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?:,\s+${WORD})+,?\s+and\s+${WORD}`, 'gu');
const INTRODUCED = /(?:^|\s)(?:of|on|for|against|in|to)\s+$/;

function isInnerEnumeration(text: string, start: number, match: string): boolean {
  const words = match.split(/,\s+|,?\s+and\s+/);
  if (words.some((w) => isStateName(w) || /^[\p{Lu}\d-]{2,}$/u.test(w))) return false;
  const after = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(start + match.length))?.[1];
  const before = text.slice(0, start);
  // "the Governments of A, B and C" is a list of States even when they are not recognised.
  if (/Governments\s+of\s+$/i.test(before)) return false;
  return INTRODUCED.test(before) || (after !== undefined && ORG_HEAD_NOUNS.has(after));
}

/** Character ranges [start, end) of `text` that lie inside a name no separator may cut. */
export function protectedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(PROTECTED)) ranges.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(ENUMERATION)) {
    if (isInnerEnumeration(text, m.index, m[0])) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
