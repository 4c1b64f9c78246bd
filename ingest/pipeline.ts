// documents → records → batches → Neo4j. Each document is read, parsed and resolved before anything is
// written, and written in its own transaction: a bad document is reported and changes nothing.
// Documents stream: one is read, parsed, resolved and written before the next is read, so memory does not grow
// with the corpus. A document whose text, ingestion code and reference data are unchanged since it was
// written (ingest-version.ts) is skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../src/graph/driver.js';
import { internalMessage } from '../src/graph/errors.js';
import type { Logger } from '../src/logger.js';
import { buildCatalogue } from './catalogue.js';
import { IngestError } from './errors.js';
import { ingestKey } from './ingest-version.js';
import { buildBatch, type BatchContext, type GraphBatch } from './graph-batch.js';
import { parseExtracted } from './extract/parse-located.js';
import { expandPaths, readDocument, type SourceDocument } from './read-documents.js';
import type { Source } from './records.js';
import { createOrganizationResolver } from '../src/domain/organizations.js';
import { createTopicAssigner } from './resolve/topics.js';
import {
  ensureSchema,
  forgetOrphanOrganizations,
  storedIngestKeys,
  writeBatch,
  writeCatalogue,
} from './write-graph.js';

export const BUNDLED_CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

export interface PlannedDocument {
  path: string;
  file: string;
  batch: GraphBatch | null;
  error: string | null;
}

export interface IngestSummary {
  /** `skipped`: already in the graph from the same text, code and reference data (see ingest-version.ts). */
  documents: { file: string; status: 'loaded' | 'skipped' | 'failed'; events: number; error: string | null }[];
  failed: string[];
  /** Nodes per label and relationships per type in the whole graph after the run. */
  labels: Record<string, number>;
  relationships: Record<string, number>;
  unresolved: { name: string; guessedKind: string; source: Source }[];
  warnings: { message: string; source: Source }[];
}

export interface IngestOptions {
  logger?: Logger;
  /** Called after each document, for progress bars. */
  onDocument?: (file: string, done: number, total: number) => void;
  /** Write every document, even those the graph already holds unchanged. */
  force?: boolean;
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

/** Parses and resolves one document read from disk (PDF and HTML through their extractors). */
async function planDocument(path: string, ctx: BatchContext, doc?: SourceDocument): Promise<PlannedDocument> {
  try {
    const source = doc ?? (await readDocument(path));
    const record = parseExtracted(source.file, source.extracted);
    return { path, file: source.file, batch: buildBatch(record, source.extracted.text, ctx), error: null };
  } catch (error) {
    return failure(path, error);
  }
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
  for (const path of files) {
    documents.push(await ingestOne(graph, path, ctx, stored, unresolved, warnings));
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
  };
  const skipped = documents.filter((d) => d.status === 'skipped').map((d) => d.file);
  options.logger?.info(
    `ingested ${documents.filter((d) => d.status === 'loaded').length}/${documents.length} documents` +
      (skipped.length ? `; skipped ${skipped.length} unchanged: ${skipped.join(', ')}` : '') +
      (summary.failed.length ? `; failed: ${summary.failed.join('; ')}` : ''),
  );
  return summary;
}

/** Read → (skip if unchanged) → parse → resolve → write, for one document; nothing of it is kept but the figures. */
async function ingestOne(
  graph: Graph,
  path: string,
  ctx: BatchContext,
  stored: ReadonlyMap<string, { key: string | null; events: number }>,
  unresolved: IngestSummary['unresolved'],
  warnings: IngestSummary['warnings'],
): Promise<IngestSummary['documents'][number]> {
  let doc: SourceDocument;
  try {
    doc = await readDocument(path);
  } catch (error) {
    const failed = failure(path, error);
    return { file: failed.file, status: 'failed', events: 0, error: failed.error };
  }
  const key = ingestKey(doc.extracted.text);
  const before = stored.get(doc.file);
  if (before?.key === key) return { file: doc.file, status: 'skipped', events: before.events, error: null };
  const planned = await planDocument(path, ctx, doc);
  if (planned.batch === null) return { file: planned.file, status: 'failed', events: 0, error: planned.error };
  // What curators should look at is about the text, so it is reported even when the write fails.
  unresolved.push(...planned.batch.unresolved);
  warnings.push(...planned.batch.warnings);
  try {
    await writeBatch(graph, planned.batch, undefined, { ingestKey: key });
  } catch (error) {
    return { file: doc.file, status: 'failed', events: 0, error: `${doc.file}: ${internalMessage(error)}` };
  }
  return { file: doc.file, status: 'loaded', events: planned.batch.events.length, error: null };
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

/** The reviewed files of ingest/reference/, read once per run. */
function loadReferenceData(): BatchContext {
  return { organizations: createOrganizationResolver(), topics: createTopicAssigner() };
}

function failure(path: string, error: unknown): PlannedDocument {
  const message = error instanceof IngestError ? error.message : `${path}: ${(error as Error).message}`;
  return { path, file: error instanceof IngestError ? error.file : path, batch: null, error: message };
}
