// The planner's speed-ups must not change a result: a prefiltered scan finds exactly the matches of a global search,
// and fuzzy matching by word-count groups finds what comparing every candidate finds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { afterLeadingLookbehind, afterMatch, matchScanner } from '../../../ingest/parse/lookbehind-prefilter.js';
import { fuzzyFind, osaDistance, wordwiseDistance, type FuzzyCandidate } from '../../../src/domain/fuzzy.js';

const scan = (re: RegExp, text: string): Array<[number, string]> => {
  const scanner = matchScanner(re);
  const found: Array<[number, string]> = [];
  for (let m = scanner.next(text, 0); m !== null; m = scanner.next(text, afterMatch(text, m, scanner.unicode)))
    found.push([m.index, m[0]]);
  return found;
};
const globalSearch = (re: RegExp, text: string): Array<[number, string]> =>
  [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m) => [m.index, m[0]]);

const PATTERNS = [
  /(?<=(?:^|[\s(])[\p{Lu}\p{N}][^\s,]*|\))\s+(?:was|were)\s+\p{Ll}+/u,
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:,\s+\p{Lu}[\p{L}'’-]*)+,?\s+and\s+\p{Lu}[\p{L}'’-]*/gu,
  /(?<![a-z])(?:[a-z]*)/giu, // empty matches too
  /(?<=[\])])\s*x/u, // a bracket inside a character class of the lookbehind
  /\s+and\s+/gi, // no lookbehind: a plain global search
];
const TEXTS = [
  'UNODC, UNDP and UNICEF were present; the Office (UNODC) was founded',
  'Prevention, Treatment and Rehabilitation Section 😀 and 😀x, Crime, Victimization and Justice',
  '(a) x ] x ) x',
  '',
  readFileSync(new URL('../../../ingest/corpus/002_7bee2cb627ad9e2a.txt', import.meta.url), 'utf8'),
];

describe('planner speed-ups keep every result', () => {
  it('when a pattern opens with a lookbehind, then the prefiltered scan finds the matches of a global search', () => {
    for (const re of PATTERNS) for (const text of TEXTS) expect(scan(re, text)).toEqual(globalSearch(re, text));
  });

  it('when a source opens with a lookbehind, then the rest after it is what the prefilter searches', () => {
    expect(afterLeadingLookbehind(String.raw`(?<=[\])]\(x)\s+y`)).toBe(String.raw`\s+y`);
    expect(afterLeadingLookbehind('(?<![a-z])b')).toBe('b');
    expect(afterLeadingLookbehind('a(?<=b)')).toBeNull();
  });

  it('when names are compared, then the rolling-row OSA distance and word-count groups give the full answers', () => {
    expect(osaDistance('organisation', 'organization', 2)).toBe(1);
    expect(osaDistance('ab', 'ba', 1)).toBe(1); // a transposition
    expect(osaDistance('kitten', 'sitting', 2)).toBe(3); // capped at max + 1
    const candidates: FuzzyCandidate<string>[] = [
      ['global', 'initiative', 'against', 'organized', 'crime'],
      ['global', 'initiative', 'against', 'transnational', 'organized', 'crime'],
      ['international', 'organization', 'for', 'migration'],
    ].map((tokens) => ({ tokens, value: tokens.join(' ') }));
    const query = ['global', 'initiative', 'againts', 'transnational', 'organised', 'crime'];
    const everyCandidate = candidates
      .map((c) => ({ c, d: wordwiseDistance(query, c.tokens) }))
      .filter((x) => x.d !== null && x.d > 0);
    expect(everyCandidate.map((x) => x.c.value)).toEqual([candidates[1]!.value]);
    expect(fuzzyFind(query, candidates, (a, b) => a === b)).toBe(candidates[1]!.value);
    candidates.push({
      tokens: ['global', 'initiative', 'against', 'transnational', 'organized', 'crimes'],
      value: 'x',
    });
    expect(
      fuzzyFind(
        ['global', 'initiative', 'against', 'transnational', 'organized', 'crimez'],
        candidates,
        (a, b) => a === b,
      ),
    ).toBeNull();
  });
});
