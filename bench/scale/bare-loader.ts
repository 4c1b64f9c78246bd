// The yardstick for ingest throughput (P5): the same rows the pipeline writes for a programme, with the same
// properties, loaded by the plainest batched Cypher there is — `UNWIND $rows … MERGE … SET += row` per row set,
// one transaction per document — and nothing else: no forgetting of a previous version, no alias bookkeeping,
// no session-authority rules, no date conversion; and the rows are handed to it ready-made (parsing and
// resolving are not timed). Only programme row sets: the synthetic corpus has no reference documents.
import type { Graph } from '../../src/graph/driver.js';
import type { GraphBatch } from '../../ingest/graph-batch.js';

const STATEMENTS: [keyof GraphBatch, string][] = [
  ['sessions', 'UNWIND $rows AS row MERGE (s:Session {number: row.number}) SET s += row'],
  [
    'events',
    `UNWIND $rows AS row MERGE (e:Event {id: row.id}) SET e += row
     WITH e, row MATCH (s:Session {number: row.session}) MERGE (e)-[:IN_SESSION]->(s)`,
  ],
  ['organizations', 'UNWIND $rows AS row MERGE (o:Organization {key: row.key}) SET o += row'],
  [
    'partOf',
    `UNWIND $rows AS row MATCH (c:Organization {key: row.child}) MATCH (p:Organization {key: row.parent})
     MERGE (c)-[:PART_OF]->(p)`,
  ],
  [
    'organizes',
    `UNWIND $rows AS row MATCH (o:Organization {key: row.org}) MATCH (e:Event {id: row.event})
     MERGE (o)-[r:ORGANIZES]->(e) SET r += row {.role, .surface, .sourceFile, .sourceLine}`,
  ],
  [
    'about',
    `UNWIND $rows AS row MATCH (e:Event {id: row.event}) MATCH (t:Topic {key: row.topic})
     MERGE (e)-[r:ABOUT]->(t) SET r += row {.sourceFile, .sourceLine}`,
  ],
  [
    'agendaItems',
    `UNWIND $rows AS row MERGE (a:AgendaItem {key: row.key}) SET a += row
     WITH a, row MATCH (s:Session {number: row.session}) MERGE (a)-[:IN_SESSION]->(s)`,
  ],
  [
    'discusses',
    `UNWIND $rows AS row MATCH (e:Event {id: row.event}) MATCH (a:AgendaItem {key: row.item})
     MERGE (e)-[r:DISCUSSES]->(a) SET r += row {.sourceFile, .sourceLine}`,
  ],
  [
    'heldAt',
    `UNWIND $rows AS row MERGE (v:Venue {name: row.venue})
     WITH v, row MATCH (e:Event {id: row.event}) MERGE (e)-[:HELD_AT]->(v)`,
  ],
];

export async function bareLoad(graph: Graph, batch: GraphBatch): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    for (const [rows, statement] of STATEMENTS) {
      const all = batch[rows] as unknown[];
      if (all.length > 0) await tx.run(statement, { rows: all });
    }
  });
}
