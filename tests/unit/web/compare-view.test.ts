// The comparison panel's choice of which topics come first (the rest of the comparison is the API's).
import { describe, expect, it } from 'vitest';
import { byMovement } from '../../../src/web/client/compare-view.js';
import type { TopicShift } from '../../../src/web/client/comparison.js';

const shift = (key: string, fromShare: number, toShare: number): TopicShift => ({
  topic: { key, name: key.toLowerCase() },
  fromCount: Math.round(100 * fromShare),
  toCount: Math.round(100 * toShare),
  fromShare,
  toShare,
});

describe('topics in the comparison panel', () => {
  // As the API lists them: largest rise in share first, largest fall last.
  const fromApi = [shift('TIP', 0.1, 0.25), shift('CYBER', 0.05, 0.1), shift('FLAT', 0.2, 0.2), shift('COVID', 0.3, 0)];

  it('when a topic fell further than any rose, then it comes first, not last where the fold would hide it', () => {
    expect(byMovement(fromApi).map((t) => t.topic.key)).toEqual(['COVID', 'TIP', 'CYBER', 'FLAT']);
  });

  it('when two topics moved as far, then the one first by name comes first, whichever way they moved', () => {
    const tied = [shift('B', 0.1, 0.2), shift('A', 0.3, 0.2)];
    expect(byMovement(tied).map((t) => t.topic.key)).toEqual(['A', 'B']);
  });

  it('when ordering, then the answer given is left as the API sent it', () => {
    const before = fromApi.map((t) => t.topic.key);
    byMovement(fromApi);
    expect(fromApi.map((t) => t.topic.key)).toEqual(before);
  });
});
