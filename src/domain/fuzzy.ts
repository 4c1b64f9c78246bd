// Typo-tolerant matching of a name against known names, tuned for precision.
// A plain edit distance on whole strings confuses real, different organizations that differ by
// one short word ("Office for Eastern Africa" / "Western Africa", "Office in Niger" / "Nigeria").
// So the comparison is word by word: same number of words, at most two words differ, and each
// differing word is long enough for its typo budget (1 edit from 5 letters, 2 from 10).

/** Optimal-string-alignment (restricted Damerau-Levenshtein) distance, capped at `max + 1`. */
export function osaDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i < rows; i += 1) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return Math.min(at(a.length, b.length), max + 1);
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
  for (const candidate of candidates) {
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
