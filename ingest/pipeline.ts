// documents → records → batches → Neo4j. Each document is read, parsed and resolved before anything is
// written, and written in its own transaction: a bad document is reported and changes nothing.
// Documents stream: each is prepared (read, parsed, resolved) at most a couple of documents ahead of the one
// being written — for a large corpus in a child process, so planning and writing overlap (plan-ahead.ts) — so
// memory does not grow with the corpus. A document whose text, ingestion code and reference data are unchanged
// since it was written (ingest-version.ts) is skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../src/graph/driver.js';
import { internalMessage } from '../src/graph/errors.js';
import type { Logger } from '../src/logger.js';
import { buildCatalogue } from './catalogue.js';
import type { BatchContext } from './graph-batch.js';
import { preparedInOrder, type PlanAheadOptions, type Planner } from './plan-ahead.js';
import {
  failure,
  loadReferenceData,
  planDocument,
  type PlannedDocument,
  type PreparedDocument,
} from './prepare-document.js';
import { expandPaths } from './read-documents.js';
import type { Source } from './records.js';
import {
  ensureSchema,
  forgetOrphanOrganizations,
  storedIngestKeys,
  writeBatch,
  writeCatalogue,
} from './write-graph.js';

export type { PlannedDocument } from './prepare-document.js';

export const BUNDLED_CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

export interface IngestSummary {
  /** `skipped`: already in the graph from the same text, code and reference data (see ingest-version.ts). */
  documents: { file: string; status: 'loaded' | 'skipped' | 'failed'; events: number; error: string | null }[];
  failed: string[];
  /** Nodes per label and relationships per type in the whole graph after the run. */
  labels: Record<string, number>;
  relationships: Record<string, number>;
  unresolved: { name: string; guessedKind: string; source: Source }[];
  warnings: { message: string; source: Source }[];
  /** Where the documents were parsed and resolved (plan-ahead.ts). */
  planner: Planner;
}

export interface IngestOptions {
  logger?: Logger;
  /** Called after each document, for progress bars. */
  onDocument?: (file: string, done: number, total: number) => void;
  /** Write every document, even those the graph already holds unchanged. */
  force?: boolean;
  /** Where documents are prepared (plan-ahead.ts): by default a child process for a large corpus. */
  planAhead?: PlanAheadOptions;
}

/** Reads and parses every document without touching Neo4j (also the --dry-run path). */
export async function planDocuments(
  paths: readonly string[],
  ctx: BatchContext = loadReferenceData(),
): Promise<PlannedDocument[]> {
  let files: string[];
  try {
    files = expandPaths(paths);
  } catch (error) {
    return [failure(paths.join(', '), error)];
  }
  const planned: PlannedDocument[] = [];
  for (const path of files) planned.push(await planDocument(path, ctx));
  return planned;
}

export async function ingestPaths(
  graph: Graph,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const ctx = loadReferenceData();
  let files: string[] = [];
  let unreadable: PlannedDocument | null = null;
  try {
    files = expandPaths(paths);
  } catch (error) {
    unreadable = failure(paths.join(', '), error);
  }
  await ensureSchema(graph);
  const catalogue = buildCatalogue(ctx.organizations, ctx.topics);
  await writeCatalogue(graph, catalogue);
  // One round trip for the keys of the documents already written (none asked for with --force).
  const stored = options.force ? new Map() : await storedIngestKeys(graph);
  const documents: IngestSummary['documents'] = [];
  const unresolved: IngestSummary['unresolved'] = [];
  const warnings: IngestSummary['warnings'] = [];
  if (unreadable !== null)
    documents.push({ file: unreadable.file, status: 'failed', events: 0, error: unreadable.error });
  let done = 0;
  const { documents: prepared, planner } = preparedInOrder(files, stored, ctx, options.planAhead);
  for await (const document of prepared) {
    documents.push(await writePrepared(graph, document, unresolved, warnings));
    options.onDocument?.(documents[documents.length - 1]!.file, (done += 1), files.length);
  }
  await forgetOrphanOrganizations(
    graph,
    catalogue.organizations.map((o) => o.key),
  );
  const summary: IngestSummary = {
    documents,
    failed: documents.filter((d) => d.status === 'failed').map((d) => d.error ?? d.file),
    ...(await graphCounts(graph)),
    unresolved,
    warnings,
    planner,
  };
  const skipped = documents.filter((d) => d.status === 'skipped').map((d) => d.file);
  options.logger?.info(
    `ingested ${documents.filter((d) => d.status === 'loaded').length}/${documents.length} documents` +
      (planner.where === 'a child process' ? ' (parsed in a child process, one document ahead of the writes)' : '') +
      (skipped.length ? `; skipped ${skipped.length} unchanged: ${skipped.join(', ')}` : '') +
      (summary.failed.length ? `; failed: ${summary.failed.join('; ')}` : ''),
  );
  return summary;
}

/** Writes one prepared document (skipped and failed ones only report); nothing of it is kept but the figures. */
async function writePrepared(
  graph: Graph,
  prepared: PreparedDocument,
  unresolved: IngestSummary['unresolved'],
  warnings: IngestSummary['warnings'],
): Promise<IngestSummary['documents'][number]> {
  const { file } = prepared;
  if (prepared.status === 'skipped') return { file, status: 'skipped', events: prepared.events, error: null };
  if (prepared.status === 'failed') return { file, status: 'failed', events: 0, error: prepared.error };
  const { batch, key } = prepared;
  // What curators should look at is about the text, so it is reported even when the write fails.
  unresolved.push(...batch.unresolved);
  warnings.push(...batch.warnings);
  try {
    await writeBatch(graph, batch, undefined, { ingestKey: key });
  } catch (error) {
    return { file, status: 'failed', events: 0, error: `${file}: ${internalMessage(error)}` };
  }
  return { file, status: 'loaded', events: batch.events.length, error: null };
}

export function ingestBundledCorpus(graph: Graph, logger?: Logger): Promise<IngestSummary> {
  return ingestPaths(graph, [BUNDLED_CORPUS], logger ? { logger } : {});
}

async function graphCounts(graph: Graph): Promise<Pick<IngestSummary, 'labels' | 'relationships'>> {
  const labels = await graph.read('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label');
  const types = await graph.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type');
  return {
    labels: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.count)])),
    relationships: Object.fromEntries(types.map((r) => [String(r.type), Number(r.count)])),
  };
}
