// npm run bench:scale:profile -- <document.txt> — PROFILEs every write statement of one document against the scale
// graph, inside a transaction that is rolled back (nothing is written), and prints each statement's plan: the
// operators, their rows and db hits. The check that every MERGE/MATCH finds its node through a uniqueness
// constraint (NodeUniqueIndexSeek), not a label scan. Run it after `npm run bench:scale` so the graph is large.
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';

process.env.NEO4J_HOME ??= '.neo4j/scale';
process.env.NEO4J_BOLT_PORT ??= '7723';

const { loadConfig } = await import('../../src/config.js');
const { connect } = await import('../../src/db/connect.js');
const { cypher } = await import('../../src/graph/cypher.js');
const { parseExtracted } = await import('../../ingest/extract/parse-located.js');
const { buildBatch } = await import('../../ingest/graph-batch.js');
const { readDocument } = await import('../../ingest/read-documents.js');
const { WRITE_STEPS } = await import('../../ingest/write-graph.js');
const { createOrganizationResolver } = await import('../../src/domain/organizations.js');
const { createTopicAssigner } = await import('../../ingest/resolve/topics.js');

const path = process.argv[2];
if (path === undefined) throw new Error('usage: profile-writes.ts <document.txt>');
const doc = await readDocument(path);
const batch = buildBatch(parseExtracted(doc.file, doc.extracted), doc.extracted.text, {
  organizations: createOrganizationResolver(),
  topics: createTopicAssigner(),
});

const config = loadConfig();
const connection = await connect(config);
const session = connection.graph.driver.session({ defaultAccessMode: neo4j.session.WRITE });
const tx = session.beginTransaction();
try {
  const statements: [string, Record<string, unknown>][] = [
    ['write/document-exists', { file: batch.document.file }],
    ['write/forget-document', { file: batch.document.file }],
    ['write/document', { row: batch.document, ingestKey: null, eventCount: batch.events.length }],
    ...WRITE_STEPS.filter(([rows]) => batch[rows].length > 0).map(([rows, name]): [string, Record<string, unknown>] => [
      name,
      { rows: batch[rows] },
    ]),
  ];
  for (const [name, params] of statements) {
    const began = performance.now();
    const result = await tx.run(`PROFILE ${cypher(name)}`, params);
    const ms = performance.now() - began;
    const rows = Array.isArray(params.rows) ? `${(params.rows as unknown[]).length} rows, ` : '';
    console.log(`\n${name} (${rows}${ms.toFixed(0)} ms, ${totalHits(result.summary.profile as ProfiledPlan)} db hits)`);
    print(result.summary.profile as ProfiledPlan, '  ');
  }
} finally {
  await tx.rollback();
  await session.close();
  await connection.close();
}

function totalHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((n, c) => n + totalHits(c), 0);
}

function print(plan: ProfiledPlan, indent: string): void {
  const details = String(plan.arguments?.Details ?? '').slice(0, 110);
  console.log(`${indent}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits}  ${details}`);
  for (const child of plan.children) print(child, `${indent}  `);
}
