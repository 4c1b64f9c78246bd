// Typed access to the rows of cypher/read/*.cypher. Graph.read already turns Neo4j values into plain ones;
// these helpers only name the shape the Cypher file promises.
import { cypher } from '../cypher.js';
import type { Graph, Row } from '../driver.js';
import type { Page } from './records.js';

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

/**
 * Runs a loader batch file over `$requests` (`UNWIND $requests AS req`, each request a parent key plus a
 * field's arguments) in ONE query. Each request is sent with its index `i`, which every row returns, so the
 * rows (without `i`) come back grouped per request, in request order (a request with no rows gets none).
 */
export function readPerRequest<T = Row>(graph: Graph, name: string, requests: readonly object[]): Promise<T[][]> {
  return readPerRequestQuery<T>(graph, cypher(`read/${name}`), requests);
}

/** readPerRequest for a query given as text (a file's statement specialized for the batch). */
export async function readPerRequestQuery<T = Row>(
  graph: Graph,
  query: string,
  requests: readonly object[],
): Promise<T[][]> {
  const rows = await graph.read(query, { requests: requests.map((r, i) => ({ ...r, i })) });
  const groups: T[][] = requests.map(() => []);
  for (const { i, ...row } of rows) groups[i as number]?.push(row as T);
  return groups;
}

/** Where a nested page starts and ends in the whole list (end null: to the end), as the Cypher files take it. */
export interface Window {
  offset: number;
  end: number | null;
}

/** A paged loader batch (`… RETURN req.i AS i, size(list) AS total, list[req.offset..] AS page`). */
export async function readPages<T>(
  graph: Graph,
  name: string,
  requests: readonly (object & Window)[],
): Promise<Page<T>[]> {
  const groups = await readPerRequest<{ total: number; page: T[] }>(graph, name, requests);
  return groups.map(([row], n) => ({ total: row?.total ?? 0, offset: requests[n]!.offset, page: row?.page ?? [] }));
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
