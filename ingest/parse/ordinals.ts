// Ordinal words as session titles write them: "Sixth session", "TWENTY-FIRST SESSION", "12th session".

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** "first" → 1 … "twenty-ninth" → 29, "thirtieth" → 30. */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ['twentieth', 20],
  ...UNITS.map((w, i): [string, number] => [`twenty-${w}`, i + 21]),
  ['thirtieth', 30],
]);
const WORDS = new Map([...ORDINALS].map(([w, n]) => [n, w]));

/** A regex fragment (one capture group) matching an ordinal word; "twenty first" and "twenty-first" alike. */
export const ORDINAL_WORD = String.raw`((?:twenty[-\s])?(?:${UNITS.join('|')})|${TEENS.join('|')}|twentieth|thirtieth)`;

/** "Sixth", "twenty first" or "6th" → 6; null otherwise. */
export function parseOrdinal(s: string): number | null {
  const t = s.trim().toLowerCase().replace(/\s+/g, '-');
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (m !== null) return Number(m[1]);
  return ORDINALS.get(t) ?? null;
}

/** 6 → "sixth" (numerals beyond the word list: "31th" is never needed for COP sessions). */
export function ordinalWord(n: number): string {
  return WORDS.get(n) ?? `${n}th`;
}
