// npm run bench — latency of the flagship question through GraphQL (yoga.fetch in-process: parse,
// validate, armor, loaders, several Cypher round trips) against the same answer as ONE hand-written
// Cypher query through the driver. Not a test: it prints figures.
//   Neo4j: NEO4J_URI if set, else a local one in .neo4j/bench on port 7689 (kept apart from npm start).
import { performance } from 'node:perf_hooks';

process.env.NEO4J_HOME ??= '.neo4j/bench';
process.env.NEO4J_BOLT_PORT ??= '7689';
process.env.LOG_LEVEL ??= 'silent';

const { loadConfig } = await import('../src/config.js');
const { connect } = await import('../src/db/connect.js');
const { cypher } = await import('../src/graph/cypher.js');
const { createLogger } = await import('../src/logger.js');
const { createServer } = await import('../src/server.js');
const { ingestBundledCorpus } = await import('../ingest/pipeline.js');
const { createOrganizationResolver } = await import('../src/domain/organizations.js');

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARM_UP = 20;
const FLAGSHIP = `{ organization(name: "GI-TOC") { partners(kind: STATE) {
  organization { name iso3 } sessions { number year } events { title } } } }`;

const config = loadConfig();
const connection = await connect(config, { onProgress: (m) => console.log(m) });
try {
  const { graph } = connection;
  console.log(`Neo4j ${connection.version} ${connection.edition}; ingesting the bundled corpus…`);
  await ingestBundledCorpus(graph);
  const yoga = createServer({ graph, config, logger: createLogger('silent') });
  // The baseline gets the key for free; the API resolves the name on every request.
  const key = createOrganizationResolver().resolve('GI-TOC').key;
  const direct = cypher('read/flagship-direct');

  const viaGraphQL = async () => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: FLAGSHIP }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.organization.partners as { organization: { name: string } }[];
  };
  const viaCypher = () => graph.read(direct, { key });

  // Same answer both ways, or the comparison means nothing.
  const [a, b] = [await viaGraphQL(), await viaCypher()];
  const namesA = a.map((p) => p.organization.name).join('|');
  const namesB = b.map((r) => String(r.name)).join('|');
  if (namesA !== namesB) throw new Error(`answers differ:\n GraphQL: ${namesA}\n Cypher:  ${namesB}`);

  for (let i = 0; i < WARM_UP; i += 1) {
    await viaGraphQL();
    await viaCypher();
  }
  const graphqlMs: number[] = [];
  const cypherMs: number[] = [];
  let trips = 0;
  for (let i = 0; i < ITERATIONS; i += 1) {
    // Interleaved, so drift (GC, JIT, page cache) hits both sides alike.
    const before = graph.queryCount;
    let t = performance.now();
    await viaGraphQL();
    graphqlMs.push(performance.now() - t);
    trips += graph.queryCount - before;
    t = performance.now();
    await viaCypher();
    cypherMs.push(performance.now() - t);
  }

  const g = stats(graphqlMs);
  const c = stats(cypherMs);
  console.log(
    `\nflagship: ${a.length} State partners of GI-TOC; ${ITERATIONS} iterations each, interleaved, after ${WARM_UP} warm-up`,
  );
  console.log(`  GraphQL (yoga.fetch)   median ${g.median.toFixed(2)} ms   p95 ${g.p95.toFixed(2)} ms`);
  console.log(`  one Cypher query       median ${c.median.toFixed(2)} ms   p95 ${c.p95.toFixed(2)} ms`);
  console.log(
    `  ratio GraphQL/Cypher   median ${(g.median / c.median).toFixed(2)}x   p95 ${(g.p95 / c.p95).toFixed(2)}x`,
  );
  console.log(`  Cypher round trips per GraphQL request: ${(trips / ITERATIONS).toFixed(2)}`);
} finally {
  await connection.close();
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}
