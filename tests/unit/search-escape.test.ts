import { describe, expect, it } from 'vitest';
import { escapeLucene } from '../../src/graph/read/search.js';

describe('escapeLucene', () => {
  it('when user text holds Lucene operators, then they are escaped so the words match literally', () => {
    expect(escapeLucene('GI-TOC (Geneva) AND "UK"~2 a/b')).toBe('GI\\-TOC \\(Geneva\\) and \\"UK\\"\\~2 a\\/b');
  });
});
