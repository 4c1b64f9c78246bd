// DataLoader shapes used by every loader. Each batch is ONE Cypher query, so a request costs at most one
// round trip per loader per level of the query, whatever the list sizes. A failed query rejects every key of
// its batch: only a record that is genuinely absent becomes null.
import DataLoader from 'dataloader';
import type { Keyed } from '../graph/read/rows.js';

/** One record (or null when the graph has none with that key) per key. */
export function loaderByKey<K, V>(
  batch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map((await batch(keys)).map((value) => [keyOf(value), value]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** All related records per key, in the order the query returned them (for fields without arguments). */
export function loaderOfLists<K, V>(
  batch: (keys: readonly K[]) => Promise<Keyed<K, V>[]>,
  onValues: (values: V[]) => void = () => {},
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    const rows = await batch(keys);
    for (const { key, value } of rows) groups.get(key)?.push(value);
    onValues(rows.map((row) => row.value));
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * A loader for a field with arguments. Its key is a request: the parent's key plus the field's normalized
 * arguments (built by the field with its properties always in the same order, so equal requests have equal
 * JSON and share one cache entry). One batch sends every request of a tick, whatever their arguments, to one
 * Cypher query (`UNWIND $requests AS req`), which filters, groups, counts, orders and pages.
 */
export function requestLoader<R extends object, V>(
  batch: (requests: readonly R[]) => Promise<V[]>,
  onValues: (values: V[]) => void = () => {},
): DataLoader<R, V, string> {
  return new DataLoader<R, V, string>(
    async (requests) => {
      const values = await batch(requests);
      onValues(values);
      return values;
    },
    { cacheKeyFn: (request) => JSON.stringify(request) },
  );
}

/** A whole-list query run at most once per request. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}
