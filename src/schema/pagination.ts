// Relay connections, paged in Cypher. A field turns its paging arguments into the window of the list to
// fetch (`fetchWindow`); the Cypher file cuts that slice and counts the whole list; `connectionFromPage` cuts
// the page from the slice exactly as Pothos' array connection would from the whole list (same cursors,
// same pageInfo), so nothing but the page and a count leaves Neo4j.
import { cursorToOffset, offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import type { Page } from '../graph/read/records.js';
import type { Window } from '../graph/read/rows.js';
import { badInput } from './errors.js';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;

export interface PageArgs {
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
}

/** Bad paging arguments are the caller's mistake: say which one, instead of a masked internal error. */
function checkPageArgs(args: PageArgs): void {
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    if (n != null && (n < 0 || n > MAX_PAGE)) throw badInput(name, `"${name}" must be between 0 and ${MAX_PAGE}.`);
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor == null) continue;
    let valid = true;
    try {
      valid = cursorToOffset(cursor) >= 0;
    } catch {
      valid = false;
    }
    if (!valid) throw badInput(name, `"${name}" is not a cursor of this list.`);
  }
}

/**
 * The slice [offset, end) of the whole list that holds the page and the one item after it (for hasNextPage),
 * known before the list's size is: `last` without `first` reads to the end (end null).
 */
export function fetchWindow(args: PageArgs): Window {
  checkPageArgs(args);
  const offset = args.after ? cursorToOffset(args.after) + 1 : 0;
  let end: number | null =
    args.first != null ? offset + args.first + 1 : args.last != null ? null : offset + DEFAULT_PAGE + 1;
  if (args.before) {
    const before = cursorToOffset(args.before) + 1;
    end = end === null ? before : Math.min(end, before);
  }
  return { offset, end: end === null ? null : Math.max(end, offset + 1) };
}

/** Root lists page with SKIP/LIMIT and cannot read to the end for `last`: they need `before` with it. */
export function rootWindow(args: PageArgs): { offset: number; limit: number } {
  const { offset, end } = fetchWindow(args);
  if (end === null) throw badInput('last', '"last" needs "before" on this list; use "first".');
  return { offset, limit: end - offset };
}

/** The connection of a page fetched for `fetchWindow(args)`, as if sliced from the whole list. */
export function connectionFromPage<T>(args: PageArgs, { total, offset: fetchedFrom, page }: Page<T>) {
  const window = offsetForArgs({ args, totalCount: total, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE });
  const from = window.offset - fetchedFrom;
  const nodes = page.slice(from, from + window.limit);
  const edges = nodes.slice(0, window.expectedSize).map((node, index) => ({
    cursor: offsetToCursor(window.offset + index),
    node,
  }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      startCursor: offsetToCursor(window.offset),
      endCursor: offsetToCursor(window.offset + edges.length - 1),
      hasPreviousPage: window.hasPreviousPage,
      hasNextPage: window.hasNextPage(nodes.length),
    },
  };
}
