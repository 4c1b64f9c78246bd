// Per-request loaders of the analysis fields, created with the other loaders in the context factory (never
// shared between requests). Argument-keyed, as the read path's requestLoader: a request is the parent key plus
// the normalized arguments (kinds sorted and deduplicated, properties always in one order), so
// `compareSessions(from: 10, to: 12, kinds: [NGO, STATE])` and `(… kinds: [STATE, NGO, STATE])` share one entry,
// and every request of one batch goes to one Cypher statement (`UNWIND $requests AS req`).
import DataLoader from 'dataloader';
import type { Graph } from '../graph/driver.js';
import * as analysis from '../graph/read/analysis.js';
import type { OrganizationKind } from '../graph/read/records.js';
import { once, requestLoader } from '../loaders/batch.js';
import { asSet } from '../schema/arguments.js';

export function comparisonRequest(
  from: number,
  to: number,
  kinds: readonly OrganizationKind[] | null | undefined,
): analysis.ComparisonRequest {
  return { from, to, kinds: asSet(kinds) };
}

export type AnalysisLoaders = ReturnType<typeof createAnalysisLoaders>;

export function createAnalysisLoaders(graph: Graph) {
  const byKey = <K, V extends { key: K }>(batch: (keys: readonly K[]) => Promise<V[]>) =>
    new DataLoader<K, V | null>(async (keys) => {
      const found = new Map((await batch(keys)).map((row) => [row.key, row]));
      return keys.map((key) => found.get(key) ?? null);
    });
  return {
    comparisonOrganizations: requestLoader((requests: readonly analysis.ComparisonRequest[]) =>
      analysis.compareOrganizations(graph, requests),
    ),
    comparisonPartnerships: requestLoader((requests: readonly analysis.ComparisonRequest[]) =>
      analysis.comparePartnerships(graph, requests),
    ),
    comparisonTopics: requestLoader((requests: readonly analysis.ComparisonRequest[]) =>
      analysis.compareTopics(graph, requests),
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
