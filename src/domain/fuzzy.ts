// Typo-tolerant matching of a name against known names, tuned for precision.
// A plain edit distance on whole strings confuses real, different organizations that differ by
// one short word ("Office for Eastern Africa" / "Western Africa", "Office in Niger" / "Nigeria").
// So the comparison is word by word: same number of words, at most two words differ, and each
// differing word is long enough for its typo budget (1 edit from 5 letters, 2 from 10).

/** Optimal-string-alignment (restricted Damerau-Levenshtein) distance, capped at `max + 1`. */
export function osaDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  // Three rolling rows (i - 2, i - 1, i) instead of the full matrix: the transposition looks two rows back.
  let before = new Uint16Array(cols);
  let previous = new Uint16Array(cols);
  let current = new Uint16Array(cols);
  for (let j = 0; j < cols; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = Infinity;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}

function typoBudget(word: string): number {
  if (word.length >= 10) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** Total word-level distance, or null when the two names are not "the same name with typos". */
export function wordwiseDistance(query: string[], candidate: string[]): number | null {
  if (query.length !== candidate.length) return null;
  let total = 0;
  let differing = 0;
  for (let i = 0; i < query.length; i += 1) {
    const q = query[i] as string;
    const c = candidate[i] as string;
    if (q === c) continue;
    const budget = Math.min(typoBudget(q), typoBudget(c));
    if (budget === 0) return null; // q !== c, so at least one edit: over a zero budget
    const distance = osaDistance(q, c, budget);
    if (distance > budget) return null;
    total += distance;
    differing += 1;
    if (differing > 2) return null;
  }
  return total;
}

export interface FuzzyCandidate<T> {
  tokens: string[];
  value: T;
}

// Candidates grouped by word count, per candidate list: wordwiseDistance rejects any candidate whose word count
// differs, so only the query's group can match. Groups keep the list's order; a list that grew is grouped again.
interface WordCountGroups {
  size: number;
  groups: Map<number, FuzzyCandidate<unknown>[]>;
}
const byWordCount = new WeakMap<readonly FuzzyCandidate<unknown>[], WordCountGroups>();

function withWordCount<T>(candidates: readonly FuzzyCandidate<T>[], words: number): readonly FuzzyCandidate<T>[] {
  let grouped = byWordCount.get(candidates);
  if (grouped?.size !== candidates.length) {
    const groups = new Map<number, FuzzyCandidate<unknown>[]>();
    for (const candidate of candidates) {
      const group = groups.get(candidate.tokens.length);
      if (group === undefined) groups.set(candidate.tokens.length, [candidate]);
      else group.push(candidate);
    }
    grouped = { size: candidates.length, groups };
    byWordCount.set(candidates, grouped);
  }
  return (grouped.groups.get(words) ?? []) as FuzzyCandidate<T>[];
}

/**
 * Best candidate within the typo budget, only when unambiguous: candidates that tie on the best
 * distance must all carry the same value (aliases of one entry), otherwise nothing is returned.
 */
export function fuzzyFind<T>(
  queryTokens: string[],
  candidates: readonly FuzzyCandidate<T>[],
  sameValue: (a: T, b: T) => boolean,
): T | null {
  let best: number | null = null;
  let found: T[] = [];
  for (const candidate of withWordCount(candidates, queryTokens.length)) {
    const distance = wordwiseDistance(queryTokens, candidate.tokens);
    if (distance === null || distance === 0) continue;
    if (best === null || distance < best) {
      best = distance;
      found = [candidate.value];
    } else if (distance === best) {
      found.push(candidate.value);
    }
  }
  const first = found[0];
  if (first === undefined) return null;
  return found.every((value) => sameValue(value, first)) ? first : null;
}
