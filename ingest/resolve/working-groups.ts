// Maps a working group's name as a programme writes it to the key the "UNTOC at 20" parser gives it.
// The five groups are recognised by what they are about; any other group keeps a key of its own name.
const RULES: [RegExp, string][] = [
  [/international cooperation/i, 'WG_INTERNATIONAL_COOPERATION'],
  [/technical assistance/i, 'WG_TECHNICAL_ASSISTANCE'],
  [/trafficking in persons/i, 'WG_TRAFFICKING_IN_PERSONS'],
  [/smuggling of migrants/i, 'WG_SMUGGLING_OF_MIGRANTS'],
  [/firearms/i, 'WG_FIREARMS'],
];

export function workingGroupKey(name: string): string {
  for (const [pattern, key] of RULES) if (pattern.test(name)) return key;
  return `WG_${name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}
