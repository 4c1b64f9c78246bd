// Idempotency, atomicity per document, and bad documents that change nothing.
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { BUNDLED_CORPUS, ingestPaths, planDocuments } from '../../ingest/pipeline.js';
import { writeBatch } from '../../ingest/write-graph.js';
import { emptyGraph, testGraph } from '../setup/graph.js';

/** Everything in the graph, as sorted text: nodes with properties, relationships with their ends and properties. */
async function snapshot(graph: Graph): Promise<string[]> {
  const nodes = await graph.read('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await graph.read(
    `MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p,
       coalesce(a.id, a.key, a.file, a.name, toString(a.number)) AS a, coalesce(b.id, b.key, b.file, b.name, toString(b.number)) AS b`,
  );
  const canon = (v: unknown) => JSON.stringify(v, Object.keys(v as object).sort());
  return [...nodes.map((n) => `${n.l}:${canon(n.p)}`), ...rels.map((r) => `${r.a}-${r.t}${canon(r.p)}->${r.b}`)].sort();
}

describe('ingestion guarantees', () => {
  let graph: Graph;
  const scratch = mkdtempSync(join(tmpdir(), 'cg-ingest-'));
  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
  });
  afterAll(async () => graph.close());

  it('when the corpus is ingested twice, then nodes, relationships and properties are the same', async () => {
    await ingestPaths(graph, [BUNDLED_CORPUS]);
    const first = await snapshot(graph);
    // Forced: unchanged documents are otherwise skipped (ingest-skip.test.ts), and this is about re-writing them.
    await ingestPaths(graph, [BUNDLED_CORPUS], { force: true });
    expect(await snapshot(graph)).toEqual(first);
    expect(first.length).toBeGreaterThan(1000);
  });

  it('when a document fails half-way through its transaction, then the graph is exactly as before', async () => {
    const before = await snapshot(graph);
    const [planned] = await planDocuments([join(BUNDLED_CORPUS, '003_3b9c9c4b9c50490a.txt')]);
    await expect(
      writeBatch(graph, planned!.batch!, async (tx) => {
        await tx.run('RETURN 1 / 0');
      }),
    ).rejects.toThrow();
    expect(await snapshot(graph)).toEqual(before);
  });

  it('when one bad file comes among good ones, then it is reported with its name and the good ones load', async () => {
    await emptyGraph(graph);
    const bad = join(scratch, 'broken.txt');
    writeFileSync(bad, 'Just some notes\nwith no programme in them\n');
    const good = join(scratch, '003_3b9c9c4b9c50490a.txt');
    writeFileSync(good, readFileSync(join(BUNDLED_CORPUS, '003_3b9c9c4b9c50490a.txt')));
    const summary = await ingestPaths(graph, [bad, good]);
    expect(summary.documents.map((d) => [d.file, d.status])).toEqual([
      ['broken.txt', 'failed'],
      ['003_3b9c9c4b9c50490a.txt', 'loaded'],
    ]);
    expect(summary.failed[0]).toMatch(/^broken\.txt:1: document in no known layout/);
    const docs = await graph.read('MATCH (d:Document) RETURN d.file AS file');
    expect(docs).toEqual([{ file: '003_3b9c9c4b9c50490a.txt' }]);
  });

  it('when a programme is truncated, then it fails naming file and line and writes nothing', async () => {
    await emptyGraph(graph);
    const text = readFileSync(join(BUNDLED_CORPUS, '001_5cb52ae7af251058.txt'), 'utf8').split('\n');
    const cut = join(scratch, 'cop12-cut.txt');
    writeFileSync(
      cut,
      text
        .slice(0, 70)
        .join('\n')
        .replace(/\tCR7$/, '') + '\n1–1.50 p.m.\t',
    );
    const summary = await ingestPaths(graph, [cut]);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]).toMatch(/^cop12-cut\.txt:\d+: /);
    const rows = await graph.read(
      'MATCH (n) WHERE NOT n:Topic AND NOT n:Instrument AND NOT n:Organization RETURN count(n) AS n',
    );
    expect(rows[0]?.n).toBe(0);
  });
});
