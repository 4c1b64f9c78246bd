// Gained, lost and kept between two lists of organizations (by key), each sorted by name: the set difference
// behind Organization.partnersChange. Pure, so the rule is unit-tested apart from Neo4j.
import type { OrganizationRecord } from '../graph/read/records.js';

export interface Change {
  gained: OrganizationRecord[];
  lost: OrganizationRecord[];
  kept: OrganizationRecord[];
}

const byName = (a: OrganizationRecord, b: OrganizationRecord) =>
  a.name.localeCompare(b.name, 'en') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** `after` minus `before` (gained), `before` minus `after` (lost), both (kept); organizations compared by key. */
export function changeBetween(before: readonly OrganizationRecord[], after: readonly OrganizationRecord[]): Change {
  const beforeKeys = new Set(before.map((o) => o.key));
  const afterKeys = new Set(after.map((o) => o.key));
  const unique = (list: readonly OrganizationRecord[]) => [...new Map(list.map((o) => [o.key, o])).values()];
  return {
    gained: unique(after.filter((o) => !beforeKeys.has(o.key))).sort(byName),
    lost: unique(before.filter((o) => !afterKeys.has(o.key))).sort(byName),
    kept: unique(after.filter((o) => beforeKeys.has(o.key))).sort(byName),
  };
}
