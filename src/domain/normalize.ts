// Text normalisation shared by the organization resolver and the topic assigner.
// Programmes are PDF extractions: names come with curly or acute apostrophes, stray HTML,
// hyphen variants ("South-East" / "Southeast") and diacritics ("Türkiye", "Côte d’Ivoire").
import { boundedMemo } from './memo.js';

const APOSTROPHES = /['’‘´`ʼ]/g;
const DASHES = /[‐‑‒–—―]/g;

/** Strips diacritics and unifies apostrophes and dashes; keeps case and spacing. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/ß/g, 'ss');
}

/** Removes HTML tags and list furniture and collapses whitespace: the display form of a surface text. */
export function cleanSurface(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:[a-z]\)|[-•*])\s+/i, '') // "A) GAATW" in split-panel rows
    .replace(/^[\s,;:.]+|[\s,;:]+$/g, '')
    .trim();
}

/** Drops a leading article: "the Netherlands", "The Antiquities Coalition". */
export function stripLeadingThe(text: string): string {
  return text.replace(/^the\s+/i, '');
}

/**
 * Lookup key: folded, lower case, "&" read as "and", leading "the" dropped, and every
 * non-alphanumeric removed, so spacing, hyphens, quotes and punctuation never matter
 * ("Co-operation" = "Cooperation", "South-East" = "Southeast", "Women´s" = "Women's").
 */
export function compactKey(text: string): string {
  return compactKeys(text, computeCompactKey);
}

// Recent keys: the grammar and the resolver ask for the key of the same names many times. Safe: a pure function of
// its text; bounded, so the API's stream of client names cannot grow it.
const compactKeys = boundedMemo<string>(50_000);

function computeCompactKey(text: string): string {
  const folded = foldText(cleanSurface(text)).toLowerCase().replace(/&/g, ' and ');
  return stripLeadingThe(folded.trim()).replace(/[^a-z0-9]+/g, '');
}

/** Word tokens of the same normalisation, for the fuzzy matcher. */
export function wordTokens(text: string): string[] {
  const folded = foldText(cleanSurface(text)).toLowerCase().replace(/&/g, ' and ').replace(/'/g, '');
  return stripLeadingThe(folded.trim())
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

/** Stable URL-safe slug for node keys: "Global Initiative ... (GI-TOC)" → "global-initiative-...". */
export function slugify(text: string): string {
  return foldText(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The first letters of a name's capitalised words, a leading "the" skipped: "State Audit Institution" → "SAI", to
 * check an acronym written beside a name. With `hyphenated`, hyphenated parts count as words ("Anti-Terrorist Unit"
 * → "ATU").
 */
export function initialsOf(name: string, { hyphenated = false } = {}): string {
  return name
    .replace(/^the\s+/i, '')
    .split(hyphenated ? /[\s-]+/ : /\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
/**
 * Splits a trailing "(ACRONYM)" off a name: "Institute for Security Studies (ISS)" → name + "ISS".
 * Only acronym-like parentheses are split (no spaces, or two capitalised tokens; an upper-case letter, ≤ 15 chars), so
 * "European Commission (Directorate-General Migration and Home Affairs)" stays whole.
 */
export function splitAcronymSuffix(text: string): {
  name: string;
  acronym: string | null;
} {
  // The closing parenthesis may be lost when a list is split ("... (GI-TOC" before ", with").
  // Two capitalised tokens count too ("UN OICT", "UN DESA"): an acronym written with its "UN" apart (round 9), or
  // with its parent's acronym ("UNODC CSU", round 10).
  // "(CARICOM IMPACS)": a regional body's acronym before its agency's (session 13).
  // "(GP to END VAC)": capitalised tokens with a lower-case "to/of/for/on/and" between them (session 14).
  const match =
    /^(.*\S)\s*\(([^()\s]{2,15}|\p{Lu}{2,8}\s\p{Lu}[\p{Lu}\d-]{1,10}|\p{Lu}{2,8}(?:\s(?:to|of|for|on|and)\s\p{Lu}{2,8}|\s\p{Lu}{2,8}){1,4})\)?$/u.exec(
      text.trim(),
    );
  if (match === null) return { name: text.trim(), acronym: null };
  const [, name = '', acronym = ''] = match;
  const upper = acronym.replace(/[^A-Z]/g, '').length;
  if (upper < 2 || /^\d+$/.test(acronym)) return { name: text.trim(), acronym: null };
  return { name, acronym };
}
