// Connections paged in Cypher must page exactly as Pothos' array connection pages the whole list: the
// Cypher file returns the slice fetchWindow(args) asks for and the total, connectionFromPage cuts the page.
import { offsetToCursor, resolveArrayConnection } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import {
  connectionFromPage,
  DEFAULT_PAGE,
  fetchWindow,
  MAX_PAGE,
  rootWindow,
  type PageArgs,
} from '../../src/schema/pagination.js';

/** What a paged Cypher file returns for a list: its size, and the slice [offset, end). */
function viaCypher(list: number[], args: PageArgs) {
  const { offset, end } = fetchWindow(args);
  return connectionFromPage(args, { total: list.length, offset, page: list.slice(offset, end ?? list.length) });
}

const cursor = (n: number) => offsetToCursor(n);
const cases: PageArgs[] = [
  {},
  { first: 0 },
  { first: 3 },
  { first: 200 },
  { first: 5, after: cursor(2) },
  { first: 5, after: cursor(57) },
  { first: 5, after: cursor(500) },
  { last: 3 },
  { last: 3, before: cursor(10) },
  { last: 30, before: cursor(10) },
  { last: 3, before: cursor(500) },
  { first: 10, last: 3 },
  { first: 10, last: 3, after: cursor(4) },
  { after: cursor(3), before: cursor(9) },
  { after: cursor(9), before: cursor(3) },
  { before: cursor(2) },
  { after: cursor(1) },
  { last: 0 },
];

describe('connections paged in Cypher', () => {
  for (const size of [0, 1, 7, 60, 300]) {
    const list = Array.from({ length: size }, (_, i) => i);
    it.each(cases.map((args) => [JSON.stringify(args), args]))(
      `when a list of ${size} is paged with %s, then the page equals the array connection's`,
      (_label, args) => {
        const expected = resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE }, list);
        expect(viaCypher(list, args)).toEqual(expected);
      },
    );
  }

  it('when a window is asked, then it fetches at most one page and one item more', () => {
    expect(fetchWindow({})).toEqual({ offset: 0, end: DEFAULT_PAGE + 1 });
    expect(fetchWindow({ first: 5, after: cursor(9) })).toEqual({ offset: 10, end: 16 });
    expect(fetchWindow({ last: 5, before: cursor(9) })).toEqual({ offset: 0, end: 10 });
    expect(fetchWindow({ last: 5 })).toEqual({ offset: 0, end: null });
  });

  it('when a root list is paged with last but without before, then the error names last', () => {
    expect(() => rootWindow({ last: 5 })).toThrow(/"last" needs "before"/);
    expect(rootWindow({ first: 5, after: cursor(9) })).toEqual({ offset: 10, limit: 6 });
  });

  it('when first exceeds the maximum or a cursor is foreign, then the argument is named', () => {
    expect(() => fetchWindow({ first: MAX_PAGE + 1 })).toThrow(/"first" must be between/);
    expect(() => fetchWindow({ after: 'bm90LWEtY3Vyc29y' })).toThrow(/"after" is not a cursor/);
  });
});
