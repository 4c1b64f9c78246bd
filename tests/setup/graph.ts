// Per-file access to the test Neo4j: a Graph, and a way to start from an empty graph.
import { afterAll, beforeAll, inject } from 'vitest';
import { ingestBundledCorpus } from '../../ingest/pipeline.js';
import { Graph } from '../../src/graph/driver.js';

export function testGraph(): Graph {
  const target = inject('neo4j');
  return new Graph({
    uri: target.uri,
    user: target.user,
    password: target.password,
    database: target.database ?? undefined,
    timeoutMs: 30_000,
  });
}

/** Deletes every node and relationship (schema stays). Files run one at a time, so none sees another's data. */
export async function emptyGraph(graph: Graph): Promise<void> {
  await graph.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

/** A Graph holding exactly the bundled corpus for the tests of one file (hooks registered here). */
export function corpusGraph(): Graph {
  const graph = testGraph();
  beforeAll(async () => {
    await emptyGraph(graph);
    await ingestBundledCorpus(graph);
  });
  afterAll(() => graph.close());
  return graph;
}
