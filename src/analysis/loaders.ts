// Per-request loaders of the analysis fields, created with the other loaders in the context factory (never
// shared between requests). Argument-keyed: a key is the parent key plus the normalized arguments, so
// `compareSessions(from: 10, to: 12, kinds: [NGO, STATE])` and `(… kinds: [STATE, NGO])` share one entry, and
// every key of one batch goes to one Cypher statement.
import DataLoader from 'dataloader';
import type { OrganizationKind } from '../../ingest/records.js';
import type { Graph } from '../graph/driver.js';
import * as analysis from '../graph/read/analysis.js';
import { once } from '../loaders/batch.js';

/** A loader whose keys are argument objects with a normalized `id`; rows come back keyed by that id. */
function loaderByArgs<K extends { id: string }, V>(
  batch: (keys: readonly K[]) => Promise<(V & { key: string })[]>,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const rows = new Map((await batch(keys)).map((row) => [row.key, row]));
      return keys.map((k) => rows.get(k.id) ?? new Error(`No result for ${k.id}`));
    },
    { cacheKeyFn: (k) => k.id },
  );
}

/** Kinds sorted and deduplicated, null for "all": the normal form used in loader keys. */
export function normalizeKinds(kinds: readonly OrganizationKind[] | null | undefined): OrganizationKind[] | null {
  return kinds == null ? null : [...new Set(kinds)].sort();
}

export function comparisonKey(
  from: number,
  to: number,
  kinds: readonly OrganizationKind[] | null | undefined,
): analysis.ComparisonKey {
  const normal = normalizeKinds(kinds);
  return { id: JSON.stringify([from, to, normal]), from, to, kinds: normal };
}

export function partnersChangeKey(
  organization: string,
  from: number,
  to: number,
  kind: OrganizationKind | null | undefined,
): analysis.PartnersChangeKey {
  return { id: JSON.stringify([organization, from, to, kind ?? null]), organization, from, to, kind: kind ?? null };
}

export type AnalysisLoaders = ReturnType<typeof createAnalysisLoaders>;

export function createAnalysisLoaders(graph: Graph) {
  const byKey = <K, V extends { key: K }>(batch: (keys: readonly K[]) => Promise<V[]>) =>
    new DataLoader<K, V | null>(async (keys) => {
      const found = new Map((await batch(keys)).map((row) => [row.key, row]));
      return keys.map((key) => found.get(key) ?? null);
    });
  return {
    comparisonOrganizations: loaderByArgs((keys: readonly analysis.ComparisonKey[]) =>
      analysis.compareOrganizations(graph, keys),
    ),
    comparisonPartnerships: loaderByArgs((keys: readonly analysis.ComparisonKey[]) =>
      analysis.comparePartnerships(graph, keys),
    ),
    comparisonTopics: loaderByArgs((keys: readonly analysis.ComparisonKey[]) => analysis.compareTopics(graph, keys)),
    partnersChange: loaderByArgs((keys: readonly analysis.PartnersChangeKey[]) =>
      analysis.organizationPartnersChange(graph, keys),
    ),
    organizationSeen: byKey((keys: readonly string[]) => analysis.organizationSeen(graph, keys)),
    sessionCoverage: byKey((keys: readonly number[]) => analysis.sessionCoverage(graph, keys)),
    documentSession: new DataLoader<string, number | null>(async (files) => {
      const found = new Map((await analysis.documentsWithSession(graph, files)).map((d) => [d.file, d.session]));
      return files.map((file) => found.get(file) ?? null);
    }),
    programmeSessions: once(() => analysis.programmeSessions(graph)),
  };
}
