// Relay connections. Nested lists are loaded whole per parent (one batched query) and sliced here; the
// root lists page in Cypher (SKIP/LIMIT as a list slice) and return the total from the same query.
import { cursorToOffset, resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Page } from '../graph/read/events.js';
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

/** A connection over a list already in memory, in the list's order. */
export function arrayConnection<T>(args: PageArgs, items: readonly T[]) {
  checkPageArgs(args);
  return resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE }, items);
}

/** A connection whose page and total come from one query given an offset and a limit. */
export async function pagedConnection<T>(args: PageArgs, fetch: (offset: number, limit: number) => Promise<Page<T>>) {
  checkPageArgs(args);
  if (args.last != null && args.before == null)
    throw badInput('last', '"last" needs "before" on this list; use "first".');
  let totalCount = 0;
  const connection = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE },
    async ({ offset, limit }) => {
      const { total, page } = await fetch(offset, limit);
      totalCount = total;
      return page;
    },
  );
  return { ...connection, totalCount };
}
