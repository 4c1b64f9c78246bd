// Re-ingesting a document first forgets what it stated (cypher/write/forget-document.cypher): the relationships
// that cite it, found through their type's sourceFile index, and nothing another document states.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher.js';
import type { Graph } from '../../src/graph/driver.js';
import { ensureSchema } from '../../ingest/write-graph.js';
import { citingTypes } from '../setup/citing-types.js';
import { emptyGraph, testGraph } from '../setup/graph.js';

const TYPES = citingTypes();

describe('forgetting a document', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
    await ensureSchema(graph);
  });
  afterAll(() => graph.close());

  const citing = async (file: string) =>
    (await graph.read('MATCH ()-[r]->() WHERE r.sourceFile = $file RETURN type(r) AS t ORDER BY t', { file })).map(
      (r) => r.t,
    );

  it('when a document is forgotten, then every relationship citing it goes, of every type, and the others stay', async () => {
    // An event another document (b.txt) describes, and a relationship of each citing type from both documents.
    await graph.writeTransaction(async (tx) => {
      await tx.run("CREATE (:Event {id: 'e1', sourceFile: 'b.txt'}), (:Organization {key: 'org:o'})");
      for (const type of TYPES) {
        // A type cannot be a parameter; these come from the project's own statements, not from input.
        await tx.run(
          `MATCH (o:Organization {key: 'org:o'}), (e:Event {id: 'e1'})
           CREATE (o)-[:${type} {sourceFile: 'a.txt'}]->(e), (o)-[:${type} {sourceFile: 'b.txt'}]->(e)`,
        );
      }
    });
    expect(TYPES.length).toBeGreaterThanOrEqual(7);
    expect(await citing('a.txt')).toEqual(TYPES);

    await graph.writeTransaction((tx) => tx.run(cypher('write/forget-document'), { file: 'a.txt' }));

    expect(await citing('a.txt')).toEqual([]);
    expect(await citing('b.txt')).toEqual(TYPES);
    expect(await graph.read("MATCH (e:Event {id: 'e1'}) RETURN e.id AS id")).toEqual([{ id: 'e1' }]);
  });

  it('when the forget statement is planned, then it seeks the sourceFile indexes and never scans every relationship', async () => {
    const session = graph.driver.session();
    const operators: string[] = [];
    try {
      const { summary } = await session.run(`EXPLAIN ${cypher('write/forget-document')}`, { file: 'a.txt' });
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType.replace(/@.*/, ''));
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    } finally {
      await session.close();
    }
    expect(operators.filter((o) => o.includes('RelationshipIndexSeek'))).toHaveLength(TYPES.length);
    expect(operators.filter((o) => /AllRelationshipsScan|RelationshipTypeScan/.test(o))).toEqual([]);
  });
});
