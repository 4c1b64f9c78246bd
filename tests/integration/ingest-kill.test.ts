// Ingestion under faults: a programme ingest SIGKILLed inside its write transaction leaves the graph exactly
// as it was; a re-ingest that no longer mentions an organization removes it unless the catalogue lists it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUNDLED_CORPUS, ingestPaths } from '../../ingest/pipeline.js';
import { createOrganizationResolver } from '../../src/domain/organizations.js';
import type { Graph } from '../../src/graph/driver.js';
import { emptyGraph, testGraph } from '../setup/graph.js';

// A generous bound: these tests wait for real Neo4j starts or a corpus ingest (20-60 s each on a busy machine).
const START_BOUND_MS = 900_000;

const PROGRAMME = '003_3b9c9c4b9c50490a.txt';
const MARKER = 'MARKER-KILLED-MID-INGEST';

/** Everything in the graph, as sorted text (nodes and relationships with their properties). */
async function snapshot(graph: Graph): Promise<string[]> {
  const nodes = await graph.read('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await graph.read(
    `MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, elementId(a) AS a, elementId(b) AS b`,
  );
  const canon = (v: unknown) => JSON.stringify(v, Object.keys(v as object).sort());
  return [...nodes.map((n) => `${n.l}:${canon(n.p)}`), ...rels.map((r) => `${r.a}-${r.t}${canon(r.p)}->${r.b}`)].sort();
}

describe('ingestion under faults', () => {
  let graph: Graph;
  const scratch = mkdtempSync(join(tmpdir(), 'cg-kill-'));
  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
    await ingestPaths(graph, [BUNDLED_CORPUS]);
  });
  afterAll(() => graph.close());

  it(
    'when a programme ingest is SIGKILLed inside its transaction, then the graph is exactly as before',
    async () => {
      const before = await snapshot(graph);
      const titles = await graph.read('MATCH (e:Event {sourceFile: $file}) RETURN e.title AS title', {
        file: PROGRAMME,
      });
      const text = readFileSync(join(BUNDLED_CORPUS, PROGRAMME), 'utf8');
      const title = titles.map((r) => String(r.title)).find((t) => t.length > 20 && text.includes(t));
      expect(title).toBeDefined();
      // The same document (same file name) with one title changed: committed, it would change the graph.
      const changed = join(scratch, PROGRAMME);
      writeFileSync(changed, text.replace(title!, `${title} ${MARKER}`));

      const target = inject('neo4j');
      const child = spawn(
        join('node_modules', '.bin', 'tsx'),
        ['tests/fixtures/processes/ingest-and-hang.ts', changed],
        {
          env: {
            ...process.env,
            CG_KILL_URI: target.uri,
            CG_KILL_USER: target.user,
            CG_KILL_PASSWORD: target.password,
            CG_KILL_MARKER: MARKER,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      const midTransaction = new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const seen = /MID_TRANSACTION (\d+)/.exec(output);
          if (seen) resolve(seen[1]!);
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.once('exit', (code) =>
          reject(new Error(`ingest child exited (${code}) before its transaction: ${output}`)),
        );
      });
      // Inside the open transaction the child had already replaced the document's events.
      expect(await midTransaction).toBe('1');
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.once('exit', (_code, signal) => resolve(signal)),
      );
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      // Neo4j rolls the killed client's transaction back once it notices the dropped socket; until then that
      // transaction holds its locks, and the next test's writes would wait on them. End it explicitly.
      await terminateOtherTransactions(graph);

      expect(await snapshot(graph)).toEqual(before);
      const marked = await graph.read('MATCH (e:Event) WHERE e.title CONTAINS $m RETURN count(e) AS n', { m: MARKER });
      expect(marked[0]?.n).toBe(0);
    },
    START_BOUND_MS,
  );

  it(
    'when a document is re-ingested without some organizations, then those nobody mentions go, catalogue ones stay',
    async () => {
      await emptyGraph(graph);
      const catalogue = new Set(
        createOrganizationResolver()
          .catalogue()
          .map((o) => o.key),
      );
      const docs = ['001_5cb52ae7af251058.txt', '003_3b9c9c4b9c50490a.txt'];
      const mentioned = async () =>
        new Set((await graph.read('MATCH (o:Organization) RETURN o.key AS key')).map((r) => String(r.key)));
      // One file name, first with one programme's text, then with another's: what only the first named goes.
      const path = join(scratch, 'programme-under-revision.txt');
      writeFileSync(path, readFileSync(join(BUNDLED_CORPUS, docs[0]!)));
      await ingestPaths(graph, [path]);
      const first = await mentioned();
      writeFileSync(path, readFileSync(join(BUNDLED_CORPUS, docs[1]!)));
      await ingestPaths(graph, [path]);
      const second = await mentioned();
      // What may stay without a document: catalogue entries, and parents of organizations that stay (a State
      // whose national body the catalogue lists).
      const cited = new Set(
        (
          await graph.read(
            'MATCH (o:Organization) WHERE EXISTS { (o)-[r]-() WHERE NOT (type(r) = "PART_OF" AND startNode(r) = o) } RETURN o.key AS key',
          )
        ).map((r) => String(r.key)),
      );
      const dropped = [...first].filter((k) => !second.has(k));
      const orphansLeft = [...second].filter((k) => !catalogue.has(k) && !cited.has(k));
      expect(dropped.length).toBeGreaterThan(0);
      expect(dropped.every((k) => !catalogue.has(k))).toBe(true);
      expect(orphansLeft).toEqual([]);
      // Catalogue organizations no document mentions stay (the API resolves their names).
      const uncitedCatalogue = [...second].filter((k) => catalogue.has(k) && !cited.has(k));
      expect(uncitedCatalogue.length).toBeGreaterThan(0);
    },
    START_BOUND_MS,
  );
});

/** Terminates every open transaction but the one asking (left by a killed client; there are no others here). */
async function terminateOtherTransactions(graph: Graph): Promise<void> {
  const rows = await graph.run(
    // An idle transaction (the killed client's, between statements) has a null currentQuery.
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery IS NULL OR NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId",
  );
  const ids = rows.map((r) => String(r.transactionId));
  if (ids.length > 0) await graph.run('TERMINATE TRANSACTIONS $ids', { ids });
}
