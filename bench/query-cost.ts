// npm run bench:query-cost — what the flagship's Cypher costs Neo4j, apart from everything else (issue 12, P2).
// The API's own query and parameters for the flagship (read off one in-process request) and the hand-written
// one-query answer (cypher/read/flagship-direct.cypher) each run as a raw driver loop, 32 in flight, in
// BENCH_ROUNDS (5) interleaved rounds of BENCH_SECONDS (4 s); prints the medians of req/s and of the CPU per
// request of Neo4j (Linux /proc) and of this process (the driver). Figures, never pass/fail.
// Neo4j: the local one in .neo4j/bench (NEO4J_HOME) on NEO4J_BOLT_PORT (7689), started or reused; its CPU is
// read from its pid, so NEO4J_URI servers give req/s and driver CPU only.
import { performance } from 'node:perf_hooks';
import { startCpuMeter } from './cpu-time.js';
import { inProcessGraphQL } from './in-process.js';
import {
  connect,
  createLogger,
  createOrganizationResolver,
  createServer,
  cypher,
  ingestBundledCorpus,
  loadConfig,
} from './read-path-setup.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const IN_FLIGHT = 32;
const FLAGSHIP = `{ organization(name: "GI-TOC") { partners(kind: STATE) {
  organization { name iso3 } sessions { number year } events { title } } } }`;

const config = loadConfig();
const connection = await connect(config, { onProgress: (m) => console.log(m) });
try {
  const { graph } = connection;
  await ingestBundledCorpus(graph);
  // The statement and parameters the API sends for the flagship: the one read of one request.
  const sent: { query: string; params: Record<string, unknown> }[] = [];
  const read = graph.read.bind(graph);
  graph.read = (query, params = {}) => (sent.push({ query, params }), read(query, params));
  const yoga = createServer({ graph, config: { ...config, nodeEnv: 'production' }, logger: createLogger('silent') });
  await inProcessGraphQL(yoga)(FLAGSHIP);
  graph.read = read;
  if (sent.length !== 1) throw new Error(`the flagship sent ${sent.length} queries; this bench expects one`);
  const ours = sent[0]!;
  const key = createOrganizationResolver().resolve('GI-TOC').key;
  const direct = cypher('read/flagship-direct');
  const sides = [
    { name: 'the API’s partnerships query', run: () => read(ours.query, ours.params) },
    { name: 'hand-written (flagship-direct)', run: () => read(direct, { key }) },
  ];

  const neo4jPid = connection.local?.pid;
  const samples = new Map(
    sides.map((s) => [s.name, [] as { perSecond: number; neo4j: number | null; driver: number }[]]),
  );
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const side of sides) {
      for (let i = 0; i < 50; i += 1) await side.run(); // warm
      const cpu = startCpuMeter([neo4jPid]);
      const began = performance.now();
      const until = began + SECONDS * 1000;
      let requests = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (performance.now() < until) {
            await side.run();
            requests += 1;
          }
        }),
      );
      const seconds = (performance.now() - began) / 1000;
      const { ofPids, ofThisProcess } = cpu(requests);
      samples.get(side.name)!.push({ perSecond: requests / seconds, neo4j: ofPids[0]!, driver: ofThisProcess });
    }
  }

  console.log(
    `\nflagship Cypher as raw driver loops, ${IN_FLIGHT} in flight, ${ROUNDS} rounds of ${SECONDS} s (medians)`,
  );
  console.log(`  ${''.padEnd(32)}  req/s  Neo4j CPU ms/request  driver CPU ms/request`);
  const medianOf = (list: number[], digits: number, width: number) => median(list).toFixed(digits).padStart(width);
  for (const [name, list] of samples) {
    const neo4j = list.every((s) => s.neo4j !== null)
      ? medianOf(
          list.map((s) => s.neo4j!),
          2,
          20,
        )
      : 'n/a'.padStart(20);
    const perSecond = medianOf(
      list.map((s) => s.perSecond),
      0,
      6,
    );
    console.log(
      `  ${name.padEnd(32)} ${perSecond}  ${neo4j}  ${medianOf(
        list.map((s) => s.driver),
        2,
        20,
      )}`,
    );
  }
} finally {
  await connection.close();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
