// The yardstick for ingest throughput (P5): the same rows the pipeline writes for a programme (sessions, events,
// organizations, organizer links), loaded by the plainest batched Cypher there is — one `UNWIND … MERGE` per
// row set, one transaction per document, no forgetting, no alias bookkeeping, no topics or agenda items.
import type { Graph } from '../../src/graph/driver.js';
import type { GraphBatch } from '../../ingest/graph-batch.js';

const SESSIONS = `UNWIND $rows AS row MERGE (s:Session {number: row.number}) SET s.year = row.year`;
const EVENTS = `UNWIND $rows AS row
MERGE (e:Event {id: row.id}) SET e.title = row.title, e.session = row.session, e.date = date(row.date)
WITH e, row MATCH (s:Session {number: row.session}) MERGE (e)-[:IN_SESSION]->(s)`;
const ORGANIZATIONS = `UNWIND $rows AS row MERGE (o:Organization {key: row.key}) SET o.name = row.name, o.kind = row.kind`;
const ORGANIZES = `UNWIND $rows AS row
MATCH (o:Organization {key: row.org}) MATCH (e:Event {id: row.event})
MERGE (o)-[r:ORGANIZES]->(e) SET r.role = row.role`;

export async function bareLoad(graph: Graph, batch: GraphBatch): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    await tx.run(SESSIONS, { rows: batch.sessions });
    await tx.run(EVENTS, { rows: batch.events });
    await tx.run(ORGANIZATIONS, { rows: batch.organizations });
    await tx.run(ORGANIZES, { rows: batch.organizes });
  });
}
