// documents → records → batches → Neo4j. Each document is read, parsed and resolved before anything is
// written, and written in its own transaction: a bad document is reported and changes nothing.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../src/graph/driver.js';
import { internalMessage } from '../src/graph/errors.js';
import type { Logger } from '../src/logger.js';
import { buildCatalogue } from './catalogue.js';
import { IngestError } from './errors.js';
import { buildBatch, type BatchContext, type GraphBatch } from './graph-batch.js';
import { parseDocument } from './parse/document.js';
import { expandPaths, readDocument } from './read-documents.js';
import type { Source } from './records.js';
import { createOrganizationResolver } from './resolve/organizations.js';
import { createTopicAssigner } from './resolve/topics.js';
import { ensureSchema, forgetOrphanOrganizations, writeBatch, writeCatalogue } from './write-graph.js';

export const BUNDLED_CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

export interface PlannedDocument {
  path: string;
  file: string;
  batch: GraphBatch | null;
  error: string | null;
}

export interface IngestSummary {
  documents: { file: string; status: 'loaded' | 'failed'; events: number; error: string | null }[];
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
}

/** Reads and parses every document without touching Neo4j (also the --dry-run path). */
export function planDocuments(paths: readonly string[], ctx: BatchContext = loadReferenceData()): PlannedDocument[] {
  const planned: PlannedDocument[] = [];
  let files: string[];
  try {
    files = expandPaths(paths);
  } catch (error) {
    return [failure(paths.join(', '), error)];
  }
  for (const path of files) {
    try {
      const doc = readDocument(path);
      const record = parseDocument(doc.file, doc.text);
      planned.push({
        path,
        file: doc.file,
        batch: buildBatch(record, doc.text, ctx),
        error: null,
      });
    } catch (error) {
      planned.push(failure(path, error));
    }
  }
  return planned;
}

export async function ingestPaths(
  graph: Graph,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const ctx = loadReferenceData();
  const planned = planDocuments(paths, ctx);
  await ensureSchema(graph);
  const catalogue = buildCatalogue(ctx.organizations, ctx.topics);
  await writeCatalogue(graph, catalogue);
  const documents: IngestSummary['documents'] = [];
  let done = 0;
  for (const doc of planned) {
    if (doc.batch) {
      try {
        await writeBatch(graph, doc.batch);
        documents.push({ file: doc.file, status: 'loaded', events: doc.batch.events.length, error: null });
      } catch (error) {
        documents.push({
          file: doc.file,
          status: 'failed',
          events: 0,
          error: `${doc.file}: ${internalMessage(error)}`,
        });
      }
    } else {
      documents.push({ file: doc.file, status: 'failed', events: 0, error: doc.error });
    }
    options.onDocument?.(doc.file, (done += 1), planned.length);
  }
  await forgetOrphanOrganizations(
    graph,
    catalogue.organizations.map((o) => o.key),
  );
  const summary: IngestSummary = {
    documents,
    failed: documents.filter((d) => d.status === 'failed').map((d) => d.error ?? d.file),
    ...(await graphCounts(graph)),
    unresolved: planned.flatMap((d) => d.batch?.unresolved ?? []),
    warnings: planned.flatMap((d) => d.batch?.warnings ?? []),
  };
  options.logger?.info(
    `ingested ${documents.filter((d) => d.status === 'loaded').length}/${documents.length} documents` +
      (summary.failed.length ? `; failed: ${summary.failed.join('; ')}` : ''),
  );
  return summary;
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
