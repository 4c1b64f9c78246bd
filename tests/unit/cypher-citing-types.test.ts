// Every relationship type that cites a document is forgotten with it and has the index that finds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citingTypes } from '../setup/citing-types.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '../../cypher', name), 'utf8');

describe('relationships that cite a document', () => {
  const types = citingTypes();

  it('when cypher/write sets sourceFile on a relationship type, then forget-document names that type', () => {
    const [, list] = /MATCH \(\)-\[r:([A-Z_|]+)\]->\(\)/.exec(read('write/forget-document.cypher')) ?? [];
    expect(types).toContain('ORGANIZES');
    expect(types).toContain('SPOKE_AT');
    expect(list?.split('|').sort()).toEqual(types);
  });

  it('when a type cites a document, then the schema has a sourceFile index on it', () => {
    const schema = read('schema/constraints.cypher');
    for (const type of types)
      expect(schema, type).toMatch(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) ON \\(r\\.sourceFile\\)`));
  });
});
