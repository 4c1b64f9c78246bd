// The pipeline writes the same graph whether its documents were prepared in this process or in a planning
// child one document ahead of the writes (ingest/plan-ahead.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, ingestPaths } from '../../ingest/pipeline.js';
import type { Graph } from '../../src/graph/driver.js';
import { emptyGraph, testGraph } from '../setup/graph.js';

describe('ingesting with documents prepared in a child process', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(async () => graph.close());

  // Every organizer link with its citation, and every event's properties: the facts and where they were read.
  const facts = async () => ({
    organizes: (
      await graph.read(
        `MATCH (o:Organization)-[r:ORGANIZES]->(e:Event)
         RETURN o.key + '|' + r.role + '|' + e.id + '|' + r.sourceFile + ':' + r.sourceLine AS link ORDER BY link`,
      )
    ).map((r) => String(r.link)),
    events: await graph.read('MATCH (e:Event) RETURN e {.*} AS event ORDER BY e.id'),
  });

  it('when the bundled corpus is prepared in a child, then the graph and the summary are those of preparing it here', async () => {
    await emptyGraph(graph);
    const here = await ingestPaths(graph, [BUNDLED_CORPUS], { planAhead: { child: false } });
    const expected = await facts();
    await emptyGraph(graph);
    const ahead = await ingestPaths(graph, [BUNDLED_CORPUS], { planAhead: { child: true } });
    expect(ahead.planner.where).toBe('a child process');
    expect(here.planner.where).toBe('this process');
    expect({ ...ahead, planner: null }).toEqual({ ...here, planner: null });
    expect(expected.organizes.length).toBeGreaterThan(300);
    expect(await facts()).toEqual(expected);
  }, 120_000);
});
