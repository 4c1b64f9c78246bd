// Relay node loading: the `node(id:)` field asks a type's DataLoader for the ids it decoded.
import type DataLoader from 'dataloader';

/**
 * Loads ids through a per-request loader. An id the graph does not hold gives null (Relay's "no such node");
 * a failed query rethrows, so a database outage is an error, never an empty answer.
 */
export async function loadNodes<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<(V | null)[]> {
  const values = await loader.loadMany(keys);
  const failure = values.find((v): v is Error => v instanceof Error);
  if (failure) throw failure;
  return values as (V | null)[];
}
