// Typed access to the rows of cypher/read/*.cypher. Graph.read already turns Neo4j values into plain ones;
// these helpers only name the shape the Cypher file promises.
import { cypher } from '../cypher.js';
import type { Graph, Row } from '../driver.js';

/** Runs cypher/read/<name>.cypher and returns its rows as T. */
export async function readRows<T>(graph: Graph, name: string, params: Row = {}): Promise<T[]> {
  return (await graph.read(cypher(`read/${name}`), params)) as T[];
}

/** Runs cypher/read/<name>.cypher and returns one column of its rows. */
export async function readColumn<T>(graph: Graph, name: string, column: string, params: Row = {}): Promise<T[]> {
  const rows = await graph.read(cypher(`read/${name}`), params);
  return rows.map((row) => row[column] as T);
}

/** A batch query's rows: the parent key and one related record. */
export interface Keyed<K, T> {
  key: K;
  value: T;
}

/** Runs a loader batch file (`WHERE x.key IN $keys`) and pairs each row's key with its `column`. */
export async function readKeyed<K, T>(
  graph: Graph,
  name: string,
  column: string,
  keys: readonly K[],
): Promise<Keyed<K, T>[]> {
  const rows = await graph.read(cypher(`read/${name}`), { keys: [...keys] });
  return rows.map((row) => ({ key: row.key as K, value: row[column] as T }));
}

/** Where a fact was read: the document's file name, 1-based line, and for a PDF the page the line is on. */
export interface SourceRef {
  file: string;
  line: number;
  page: number | null;
}

/** The citation of a node or relationship that carries sourceFile/sourceLine(/sourcePage), or null when it has none. */
export function sourceOf(record: {
  sourceFile?: string | null;
  sourceLine?: number | null;
  sourcePage?: number | null;
}): SourceRef | null {
  if (!record.sourceFile) return null;
  const page = record.sourcePage === null || record.sourcePage === undefined ? null : Number(record.sourcePage);
  return { file: record.sourceFile, line: Number(record.sourceLine ?? 0), page };
}
