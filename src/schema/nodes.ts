// Relay node loading: the `node(id:)` field asks a type's DataLoader for the ids it decoded.
import type DataLoader from 'dataloader';

/** Loads ids through a per-request loader; unknown ids give null (Relay's "no such node"). */
export async function loadNodes<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<(V | null)[]> {
  const values = await loader.loadMany(keys);
  return values.map((v) => (v instanceof Error ? null : v));
}
