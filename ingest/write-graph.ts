// Writes batches to Neo4j: one write transaction per document, so a document lands whole or not at all.
// Inside it, one UNWIND statement per row set (chunked, so no single message grows with the document), every
// MERGE on a uniquely constrained key (cypher/schema/constraints.cypher), no per-row round trips.
import type { Graph, WriteTx } from '../src/graph/driver.js';
import { cypher, cypherStatements } from '../src/graph/cypher.js';
import type { GraphBatch, OrganizationRow } from './graph-batch.js';
import type { TopicDefinition } from './resolve/topics.js';

/** Statement per row set, in dependency order (nodes before the relationships that match them). */
export const WRITE_STEPS: [keyof Omit<GraphBatch, 'document' | 'unresolved' | 'warnings'>, string][] = [
  ['sessions', 'write/sessions'],
  ['events', 'write/events'],
  ['organizations', 'write/organizations'],
  ['partOf', 'write/part-of'],
  ['organizes', 'write/organizes'],
  ['about', 'write/about'],
  ['agendaItems', 'write/agenda-items'],
  ['discusses', 'write/discusses'],
  ['instruments', 'write/instruments'],
  ['workingGroups', 'write/working-groups'],
  ['meetingOf', 'write/meeting-of'],
  ['heldAt', 'write/held-at'],
  ['partyStatuses', 'write/party-statuses'],
  ['people', 'write/people'],
  ['timeline', 'write/timeline'],
  ['facts', 'write/facts'],
];

const SCHEMA_NAME = /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

/**
 * Constraints and indexes; each statement is idempotent (IF NOT EXISTS). When every one is already there and
 * online (a restart), one read replaces the twenty statements and the wait (issue 12 P7). A uniqueness
 * constraint's index carries the constraint's name, so SHOW INDEXES lists both kinds.
 */
export async function ensureSchema(graph: Graph): Promise<void> {
  const statements = cypherStatements('schema/constraints');
  const online = new Set(
    (await graph.read("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name")).map((r) => String(r.name)),
  );
  if (statements.every((s) => online.has(SCHEMA_NAME.exec(s)?.[1] ?? ''))) return;
  for (const statement of statements) await graph.run(statement);
  await graph.run('CALL db.awaitIndexes(300)');
}

export interface Catalogue {
  instruments: { key: string; name: string; shortName: string }[];
  topics: TopicDefinition[];
  organizations: OrganizationRow[];
  partOf: { child: string; parent: string }[];
}

/** Reference data that does not come from a document: instruments' names, the topic taxonomy, the alias file. */
export async function writeCatalogue(graph: Graph, catalogue: Catalogue): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    await tx.run(cypher('write/instrument-catalogue'), { rows: catalogue.instruments });
    await tx.run(cypher('write/topics'), { rows: catalogue.topics });
    await tx.run(cypher('write/organizations'), { rows: catalogue.organizations });
    await tx.run(cypher('write/part-of'), { rows: catalogue.partOf });
  });
}

/** Rows per UNWIND statement: big enough to amortize a round trip, small enough to keep messages modest. */
const CHUNK = 5000;

/** What the pipeline stamps on the Document node so a later run can tell the document is unchanged. */
export interface DocumentStamp {
  /** ingest-version.ts: hash of the text, the ingestion code and the reference data. */
  ingestKey: string;
}

/** Replaces everything `batch.document` stated before with what it states now, atomically. */
export async function writeBatch(
  graph: Graph,
  batch: GraphBatch,
  beforeCommit?: (tx: WriteTx) => Promise<void>,
  stamp: DocumentStamp | null = null,
): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    // A document never written before has nothing to forget: skip the statement, which scans what cites a file.
    const [known] = await tx.run(cypher('write/document-exists'), { file: batch.document.file });
    if (known?.exists === true) await tx.run(cypher('write/forget-document'), { file: batch.document.file });
    await tx.run(cypher('write/document'), {
      row: batch.document,
      ingestKey: stamp?.ingestKey ?? null,
      eventCount: batch.events.length,
    });
    for (const [rows, statement] of WRITE_STEPS) {
      const all = batch[rows];
      for (let i = 0; i < all.length; i += CHUNK) await tx.run(cypher(statement), { rows: all.slice(i, i + CHUNK) });
    }
    // Tests use this hook to fail a transaction half-way and check that nothing stays.
    if (beforeCommit) await beforeCommit(tx);
  });
}

/**
 * Removes organizations that no document mentions any more and the catalogue does not list (one transaction;
 * repeated while a removal leaves a parent unit orphaned). Returns how many went.
 */
export async function forgetOrphanOrganizations(graph: Graph, catalogueKeys: readonly string[]): Promise<number> {
  return graph.writeTransaction(async (tx) => {
    let total = 0;
    for (let round = 0; round < 10; round += 1) {
      const [row] = await tx.run(cypher('write/forget-orphan-organizations'), { catalogue: [...catalogueKeys] });
      const deleted = Number(row?.deleted ?? 0);
      total += deleted;
      if (deleted === 0) break;
    }
    return total;
  });
}

/** Every Document's ingest key and event count, by file, in one read. */
export async function storedIngestKeys(graph: Graph): Promise<Map<string, { key: string | null; events: number }>> {
  const rows = await graph.read(cypher('read/document-ingest-keys'));
  return new Map(
    rows.map((r) => [
      String(r.file),
      { key: r.ingestKey === null ? null : String(r.ingestKey), events: Number(r.events ?? 0) },
    ]),
  );
}
