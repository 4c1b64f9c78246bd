import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { emptyGraph, testGraph } from '../setup/graph.js';

describe('the test Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
  });
  afterAll(async () => graph.close());

  it('when asked for its components, then it reports the real Neo4j 5.26 engine', async () => {
    const info = await graph.serverInfo();
    expect(info.version).toMatch(/^5\.26\./);
    expect(['community', 'enterprise']).toContain(info.edition);
  });

  it('when Cypher writes and reads in transactions, then the data round-trips with integers and dates converted', async () => {
    await graph.writeTransaction((tx) => tx.run('CREATE (:Probe {n: $n, on: date($on)})', { n: 42, on: '2020-10-12' }));
    const rows = await graph.read('MATCH (p:Probe) RETURN p.n AS n, p.on AS on');
    expect(rows).toEqual([{ n: 42, on: '2020-10-12' }]);
  });

  it('when a write transaction fails half-way, then nothing it wrote is kept', async () => {
    await expect(
      graph.writeTransaction(async (tx) => {
        await tx.run('CREATE (:Probe {n: 1})');
        await tx.run('RETURN 1/0');
      }),
    ).rejects.toThrow();
    const rows = await graph.read('MATCH (p:Probe {n: 1}) RETURN count(p) AS c');
    expect(rows[0]?.c).toBe(0);
  });
});
