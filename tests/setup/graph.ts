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

/** The environment for a child process (a CLI under test) that must reach the test Neo4j, quietly. */
export function testNeo4jEnv(): NodeJS.ProcessEnv {
  const target = inject('neo4j');
  return {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
    LOG_LEVEL: 'silent',
  };
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
