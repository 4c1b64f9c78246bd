// What the organizer grammar knows about names: which words are States (the one State list, in
// src/domain/states.ts), which words end an organization's name, and which phrases must never be split
// (ingest/reference/protected-names.txt, plus every catalogue name and alias with a comma or an "and").
// It recognises names only to find list boundaries; it does not resolve them.

import { readFileSync } from 'node:fs';
import { compactKey } from '../../src/domain/normalize.js';
import { loadCatalogue } from '../../src/domain/organization-catalogue.js';
import { stateAdjectives, stateNames } from '../../src/domain/states.js';
import { afterMatch, matchScanner } from './lookbehind-prefilter.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern that tolerates any run of whitespace between its words, and "-" or a space in "Money-Laundering". */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .split(/[-‐‑–]/)
        .map(escapeRegExp)
        .join(String.raw`[-‐‑–\s]?`),
    )
    .join(String.raw`\s+`);
}

const STATES = stateNames();
/**
 * A State name as a pattern. A short form in capitals ("UK", "UAE", "USA", from i18n-iso-countries) may also
 * be written with dots, all or some ("U.K", "U.K.", "U.A.E."): the recogniser's compactKey ignores them, and so
 * must the list boundaries (round 8: "Government of the U.K and …").
 */
function statePattern(name: string): string {
  return /^\p{Lu}{2,4}$/u.test(name) ? [...name].map((letter) => `${letter}\\.?`).join('') : phrasePattern(name);
}
// Longest names first, so "Guinea-Bissau" wins over "Guinea"; a State must be a whole word.
const STATE_AT_START = new RegExp(
  String.raw`^(?:the\s+)?(?:${STATES.map(statePattern).join('|')})(?![\p{L}\p{N}])`,
  'iu',
);
const STATES_WITH_SEPARATORS = STATES.filter((n) => /\sand\s|,/i.test(n));

/** Regular-expression source matching one State adjective ("Austrian", "Papua New Guinean"), longest first. */
export const STATE_ADJECTIVE = stateAdjectives().map(phrasePattern).join('|');

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

// The longest State name has this many words; ending names are looked up word-suffix by word-suffix with the
// anchored STATE_AT_START (an end-anchored alternation of every name would be tried at every position).
const MAX_STATE_WORDS = Math.max(...STATES.map((n) => n.trim().split(/\s+/).length));

export function endsWithStateName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  for (let k = Math.min(MAX_STATE_WORDS, words.length); k >= 1; k -= 1) {
    const tail = words.slice(words.length - k).join(' ');
    if (/^\p{Lu}/u.test(tail) && isStateName(tail)) return true;
  }
  return false;
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
  'Agencies',
  'Alliance',
  'Association',
  'Authority',
  'Board',
  'Branch',
  'Bureau',
  'Center',
  'Centre',
  // Government bodies a State adjective names ("the Austrian Chairmanship … and the Swiss OSCE Chairmanship").
  'Chairmanship',
  'Chairpersonship',
  'Coalition',
  'College',
  'Commission',
  'Committee',
  'Consortium',
  'Council',
  'Court',
  'Department',
  'Delegation',
  'Directorate',
  'Division',
  'Embassy',
  'Federation',
  'Forum',
  'Foundation',
  'Foundations',
  'Fund',
  'Government',
  'Group',
  'Hub',
  'Initiative',
  'Institute',
  'Institutes',
  'Institution',
  // Head nouns of names in other languages ("Trimbos Instituut", "Fundación …", "Friedrich-Ebert-Stiftung").
  'Instituut',
  'Institut',
  'Instituto',
  'Fundación',
  'Fundação',
  'Fondation',
  'Stiftung',
  'Asociación',

  'League',
  'Ministry',
  'Mission',
  'Network',
  'Networks',
  'Observatory',
  'Office',
  'Organisation',
  'Organization',
  'Organizations',
  'Organisations',
  'Platform',
  'Programme',
  'Program',
  'Presidency',
  'Project',
  'Rapporteur',
  'Secretariat',
  'Societies',
  'Society',
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

const CATALOGUE = loadCatalogue();

/** Every catalogue name and alias that holds a list separator ("Police, Treatment and Community Collaborative"). */
function catalogueNamesWithSeparators(): string[] {
  // Aliases that join two names with "/" ("PDMU/ RAB") are forms of a pair, not one name: they stay splittable.
  return CATALOGUE.flatMap((entry) => [entry.name, ...entry.aliases]).filter(
    (name) => /,|;|\sand\s|\s&\s/i.test(name) && !name.includes('/'),
  );
}

const formsOf = (entry: (typeof CATALOGUE)[number]): string[] => [
  entry.name,
  ...entry.aliases,
  ...(entry.acronym === null ? [] : [entry.acronym]),
];
const KNOWN_FORMS = new Set(CATALOGUE.flatMap(formsOf).map(compactKey));
const parentNames = new Set(
  CATALOGUE.map((e) => e.parent)
    .filter((p): p is string => p !== null)
    .map(compactKey),
);
const PARENT_FORMS = new Set(
  CATALOGUE.filter((e) => parentNames.has(compactKey(e.name)))
    .flatMap(formsOf)
    .map(compactKey),
);

/** Whether the text is a whole name the catalogue knows ("Commission on Narcotic Drugs"), so an "and" after it splits. */
export function isCatalogueName(text: string): boolean {
  return KNOWN_FORMS.has(compactKey(text));
}

/** Whether the text names a catalogue parent ("UNODC", "the United Nations Office on Drugs and Crime", "… Branch"). */
export function isCatalogueParent(text: string): boolean {
  return PARENT_FORMS.has(compactKey(text.replace(/\s*\([^()]*\)\s*$/, '')));
}

// Protected phrases, plus State and catalogue names that contain "and" or a comma ("Trinidad and Tobago",
// "Korea, Republic of", "Global Programme against Money Laundering, Proceeds of Crime and the Financing of Terrorism").
// One word-boundary test around the whole alternation: a \p{L} class per alternative makes the regex
// seconds slower to compile.
const PROTECTED_PHRASES = [...loadProtectedNames(), ...STATES_WITH_SEPARATORS, ...catalogueNamesWithSeparators()].sort(
  (a, b) => b.length - a.length,
);
const PROTECTED_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:${PROTECTED_PHRASES.map(phrasePattern).join('|')})(?![\p{L}\p{N}])`;
/** The alternation tried at one position only (sticky), where PROTECTED_START says a phrase may begin. */
const PROTECTED_AT = new RegExp(PROTECTED_SOURCE, 'iuy');

/** The literal a phrase's pattern starts with: its first word up to a hyphen (see phrasePattern). */
function leadingLiteral(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)[0]!
    .split(/[-‐‑–]/)[0]!;
}
// Where a protected phrase may start: the word boundary and literal every alternative of PROTECTED_AT begins with,
// same flags. Safe: PROTECTED_AT can only match where one of these matches, so trying it only there (leftmost first,
// resuming after each match) finds exactly the matches of the whole alternation run with "g", at a fraction of the cost.
const PROTECTED_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...new Set(PROTECTED_PHRASES.map(leadingLiteral))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})`,
  'giu',
);

/** Ranges of the protected phrases in `text`: the leftmost match, then the next after it, as `matchAll` would. */
function protectedPhraseRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  PROTECTED_START.lastIndex = 0;
  for (let start = PROTECTED_START.exec(text); start !== null; start = PROTECTED_START.exec(text)) {
    PROTECTED_AT.lastIndex = start.index;
    const m = PROTECTED_AT.exec(text);
    if (m === null) {
      PROTECTED_START.lastIndex = start.index + 1;
      continue;
    }
    ranges.push([m.index, m.index + m[0].length]);
    PROTECTED_START.lastIndex = m.index + m[0].length;
  }
  return ranges;
}

// "on Government, Crime, Victimization and Justice", "Prevention, Treatment and Rehabilitation
// Section": single capitalised words listed inside one name. Such an enumeration is protected when a
// preposition introduces it or a head noun closes it, and none of its words is a State or an acronym.
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const ENUMERATION = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?:,\s+${WORD})+,?\s+and\s+${WORD}`, 'gu');
const ENUMERATIONS = matchScanner(ENUMERATION);
const INTRODUCED = /(?:^|\s)(?:of|on|for|against|in|to)\s+$/;

function isInnerEnumeration(text: string, start: number, match: string): boolean {
  const words = match.split(/,\s+|,?\s+and\s+/);
  // "on Governance, Interpol, and Europol": a word the catalogue knows as a name ends the name before it (post-test,
  // round 20).
  if (words.some((w) => isStateName(w) || /^[\p{Lu}\d-]{2,}$/u.test(w) || isCatalogueName(w))) return false;
  // "World Youth Parliament for Water, Water and Climate Coalition": a word listed twice is no enumeration inside one
  // name, the comma separates two names (post-test, session 7).
  if (new Set(words.map((w) => w.toLowerCase())).size < words.length) return false;
  const after = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(start + match.length))?.[1];
  const before = text.slice(0, start);
  // "the Governments of A, B and C" is a list of States even when they are not recognised.
  if (/Governments\s+of\s+$/i.test(before)) return false;
  // "UNEP’s Children and Youth Major Group, Hot and Cool Institute": an enumeration whose first word is a name's head
  // noun starts after a whole name, so its comma separates two names (round 19).
  return (
    INTRODUCED.test(before) || (after !== undefined && ORG_HEAD_NOUNS.has(after) && !ORG_HEAD_NOUNS.has(words[0] ?? ''))
  );
}

/** Character ranges [start, end) of `text` that lie inside a name no separator may cut. */
export function protectedRanges(text: string): Array<[number, number]> {
  const ranges = protectedPhraseRanges(text);
  for (let m = ENUMERATIONS.next(text, 0); m !== null; m = ENUMERATIONS.next(text, afterMatch(text, m, true))) {
    if (isInnerEnumeration(text, m.index, m[0])) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
