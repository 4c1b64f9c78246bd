// DataLoader shapes used by every loader: one query per batch (`WHERE x.key IN $keys`), results in key order.
import DataLoader from 'dataloader';
import type { Keyed } from '../graph/read/rows.js';

/** One record (or null) per key. */
export function loaderByKey<K, V>(
  batch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map((await batch(keys)).map((value) => [keyOf(value), value]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** All related records per key, in the order the query returned them. */
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

/** A whole-list query run at most once per request. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}
