// Everything the pipeline does to a document before Neo4j sees it: read (PDF and HTML through their
// extractors), decide whether the graph already holds it unchanged, parse and resolve it into a batch. Pure
// CPU and file reads, no database: so it can run in this process or, for a large corpus, one document ahead in
// a child process while this one writes (plan-ahead.ts).
import { createOrganizationResolver } from '../src/domain/organizations.js';
import { IngestError } from './errors.js';
import { parseExtracted } from './extract/parse-located.js';
import { buildBatch, type BatchContext, type GraphBatch } from './graph-batch.js';
import { ingestKey } from './ingest-version.js';
import { readDocument, type SourceDocument } from './read-documents.js';
import { createTopicAssigner } from './resolve/topics.js';

export interface PlannedDocument {
  path: string;
  file: string;
  batch: GraphBatch | null;
  error: string | null;
}

/** What the graph holds of each document already written, by file (write-graph.ts storedIngestKeys). */
export type StoredKeys = ReadonlyMap<string, { key: string | null; events: number }>;

/** A document ready for the writer: to write (with its ingest key), to skip (unchanged), or failed. */
export type PreparedDocument =
  | { status: 'planned'; file: string; key: string; batch: GraphBatch }
  | { status: 'skipped'; file: string; events: number }
  | { status: 'failed'; file: string; error: string };

/** The reviewed files of ingest/reference/, read once per run (and once per planning process). */
export function loadReferenceData(): BatchContext {
  return { organizations: createOrganizationResolver(), topics: createTopicAssigner() };
}

/** Read → skip if unchanged → parse → resolve, for one document. */
export async function prepareDocument(path: string, ctx: BatchContext, stored: StoredKeys): Promise<PreparedDocument> {
  let doc: SourceDocument;
  try {
    doc = await readDocument(path);
  } catch (error) {
    const failed = failure(path, error);
    return { status: 'failed', file: failed.file, error: failed.error! };
  }
  const key = ingestKey(doc.extracted.text);
  const before = stored.get(doc.file);
  if (before?.key === key) return { status: 'skipped', file: doc.file, events: before.events };
  const planned = await planDocument(path, ctx, doc);
  if (planned.batch === null) return { status: 'failed', file: planned.file, error: planned.error! };
  return { status: 'planned', file: doc.file, key, batch: planned.batch };
}

/** Parses and resolves one document read from disk. */
export async function planDocument(path: string, ctx: BatchContext, doc?: SourceDocument): Promise<PlannedDocument> {
  try {
    const source = doc ?? (await readDocument(path));
    const record = parseExtracted(source.file, source.extracted);
    return { path, file: source.file, batch: buildBatch(record, source.extracted.text, ctx), error: null };
  } catch (error) {
    return failure(path, error);
  }
}

export function failure(path: string, error: unknown): PlannedDocument {
  const message = error instanceof IngestError ? error.message : `${path}: ${(error as Error).message}`;
  return { path, file: error instanceof IngestError ? error.file : path, batch: null, error: message };
}
