// toPlain converts the driver's values in place: what the API reads must be plain JSON values either way.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/values.js';

describe('toPlain', () => {
  it('turns Integers, temporal values and nodes nested in maps and lists into plain values', () => {
    const row = {
      count: neo4j.int(42),
      when: new neo4j.types.Date(2024, 10, 14),
      list: [neo4j.int(1), { at: new neo4j.types.Date(2020, 10, 12), n: 2 }, null, undefined],
      node: new neo4j.types.Node(neo4j.int(1), ['Session'], { number: neo4j.int(12), city: 'Vienna' }),
      plain: { title: 'x', nested: { deep: [neo4j.int(3)] } },
      missing: undefined,
    };
    expect(toPlain(row)).toEqual({
      count: 42,
      when: '2024-10-14',
      list: [1, { at: '2020-10-12', n: 2 }, null, null],
      node: { number: 12, city: 'Vienna' },
      plain: { title: 'x', nested: { deep: [3] } },
      missing: null,
    });
  });

  it('keeps scalars as they are and maps null and undefined to null', () => {
    expect([1, 'a', true, null, undefined].map(toPlain)).toEqual([1, 'a', true, null, null]);
  });
});
