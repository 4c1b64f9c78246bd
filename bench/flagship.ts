// npm run bench — P1–P4 of issue 12 in one run, side by side on one Neo4j (figures, never pass/fail):
//   P1 flagship latency, one client: GraphQL (yoga.fetch in-process) vs the same answer as ONE Cypher query;
//   P2 flagship throughput, 32 connections (autocannon → our API as `npm start` serves it) vs a raw
//      neo4j-driver loop of that Cypher with 32 in flight;
//   P3 the same against @neo4j/graphql v7 on graphql-yoga (bench/peer/), nested `where` and `@cypher` forms,
//      every side first checked to name the same States; BENCH_ROUNDS (2) interleaved rounds, the best of each;
//   P4 Cypher round trips per request vs the query's depth + 1.
// Neo4j: NEO4J_URI if set, else a local one in .neo4j/bench (NEO4J_HOME) on NEO4J_BOLT_PORT (7689).
// HTTP on 127.0.0.1 only: our API on PORT (4011), the peer on PORT + 3. BENCH_SECONDS (10) per load phase, after
// BENCH_WARM_SECONDS (5) of untimed load on every side.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Kind, parse, type SelectionSetNode } from 'graphql';
import { serverEnv, startChild } from './child-process.js';
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
import { CYPHER_FIELD, NESTED_WHERE, peerStates } from './peer/queries.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARM_UP = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Untimed load before P1 and again before P2, for Neo4j's JIT (BENCH_WARM_SECONDS). */
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const CONNECTIONS = 32;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const API_PORT = Number(process.env.PORT ?? 4011);
const PEER_PORT = API_PORT + 3;
const FLAGSHIP = `{ organization(name: "GI-TOC") { partners(kind: STATE) {
  organization { name iso3 } sessions { number year } events { title } } } }`;
const DEEP = `{ sessions { nodes { number events(first: 200) { nodes { title organizers { organization { name
  partners { organization { name } sessions { number } events { title } } } } topics { name } } } } } }`;

const config = loadConfig();
const connection = await connect(config, { onProgress: (m) => console.log(m) });
const children: ChildProcess[] = [];
try {
  const { graph } = connection;
  console.log(`Neo4j ${connection.version} ${connection.edition}; ingesting the bundled corpus…`);
  await ingestBundledCorpus(graph);
  const yoga = createServer({ graph, config: { ...config, nodeEnv: 'production' }, logger: createLogger('silent') });
  // The baseline gets the key for free; the API resolves the name on every request.
  const key = createOrganizationResolver().resolve('GI-TOC').key;
  const direct = cypher('read/flagship-direct');

  const ask = inProcessGraphQL(yoga);
  const viaGraphQL = (query = FLAGSHIP) => ask(query);
  const viaCypher = () => graph.read(direct, { key });

  // Same answer both ways, or the comparison means nothing.
  const ours = (await viaGraphQL()).organization.partners as { organization: { name: string } }[];
  const reference = await viaCypher();
  const states = reference.map((r) => String(r.name));
  const oursNames = ours.map((p) => p.organization.name);
  if (oursNames.join('|') !== states.join('|'))
    throw new Error(`answers differ:\n GraphQL: ${oursNames.join('|')}\n Cypher:  ${states.join('|')}`);

  // P1 ------------------------------------------------------------------------------------------------
  // Neo4j's JIT first: both queries, 8 in flight, for WARM_SECONDS (20 requests each left it cold).
  const warmUntil = performance.now() + WARM_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (performance.now() < warmUntil) await Promise.all([viaGraphQL(), viaCypher()]);
    }),
  );
  for (let i = 0; i < WARM_UP; i += 1) {
    await viaGraphQL();
    await viaCypher();
  }
  const graphqlMs: number[] = [];
  const cypherMs: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    // Interleaved, so drift (GC, JIT, page cache, the other processes on the machine) hits both sides alike.
    let t = performance.now();
    await viaGraphQL();
    graphqlMs.push(performance.now() - t);
    t = performance.now();
    await viaCypher();
    cypherMs.push(performance.now() - t);
  }
  const g = stats(graphqlMs);
  const c = stats(cypherMs);

  // P4 ------------------------------------------------------------------------------------------------
  const tripsOf = async (query: string) => {
    const before = graph.queryCount;
    await viaGraphQL(query);
    return graph.queryCount - before;
  };
  const p4 = [
    { name: 'flagship', trips: await tripsOf(FLAGSHIP), depth: depthOf(FLAGSHIP) },
    { name: 'sessions→events→organizers→partners', trips: await tripsOf(DEEP), depth: depthOf(DEEP) },
  ];

  // P2 / P3 servers -----------------------------------------------------------------------------------
  const env = serverEnv(graph.options.uri, config);
  children.push(await startChild('src/main.ts', { ...env, PORT: String(API_PORT) }, /GraphQL on/));
  children.push(await startChild('bench/peer/server.ts', { ...env, PEER_PORT: String(PEER_PORT) }, /ready/));
  const api = `http://127.0.0.1:${API_PORT}/graphql`;
  const peer = `http://127.0.0.1:${PEER_PORT}/graphql`;
  const ourBody = JSON.stringify({ query: FLAGSHIP });
  const nestedBody = JSON.stringify({ query: NESTED_WHERE, variables: { key } });
  const cypherBody = JSON.stringify({ query: CYPHER_FIELD, variables: { key } });

  // Every side names the same States before anything is timed.
  const expected = [...states].sort();
  const ourAnswer = await post(api, ourBody);
  const nestedAnswer = await post(peer, nestedBody);
  const cypherAnswer = await post(peer, cypherBody);
  const check = (label: string, names: string[]) => {
    if (names.join('|') !== expected.join('|'))
      throw new Error(`${label} names other States:\n ${names.join('|')}\n expected ${expected.join('|')}`);
  };
  check('our API over HTTP', ourAnswer.organization.partners.map((p: any) => p.organization.name).sort());
  check('@neo4j/graphql nested where', peerStates('nested', nestedAnswer));
  check('@neo4j/graphql @cypher', peerStates('cypher', cypherAnswer));

  // Each load phase also reads the CPU time (Linux /proc) of the serving process, of Neo4j (when it is the
  // local one, whose pid this process knows) and of this process (autocannon, or the raw loop's driver): CPU per
  // request is steadier than req/s when other work shares the machine, and on two cores the three share them.
  const neo4jPid = connection.local?.pid;
  const load = async (url: string, body: string, server: ChildProcess) => {
    const expectBody = JSON.stringify({ data: await post(url, body) });
    const options = { url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, expectBody };
    await autocannon({ ...options, connections: CONNECTIONS, duration: 2 }); // warm-up
    const cpu = cpuMeter(server.pid);
    const r = await autocannon({ ...options, connections: CONNECTIONS, duration: SECONDS });
    return {
      perSecond: r.requests.total / r.duration,
      p50: r.latency.p50,
      p99: r.latency.p99,
      failures: r.errors + r.timeouts + r.non2xx + r.mismatches,
      ...cpu(r.requests.total),
    };
  };
  /** CPU ms per request of the server, Neo4j and this process (the client), from now until the call. */
  const cpuMeter = (serverPid: number | undefined) => {
    const stop = startCpuMeter([serverPid, neo4jPid]);
    return (requests: number): CpuFields => {
      const { ofPids, ofThisProcess } = stop(requests);
      return { cpuMsPerRequest: ofPids[0]!, neo4jCpuMsPerRequest: ofPids[1]!, clientCpuMsPerRequest: ofThisProcess };
    };
  };
  // Two interleaved rounds (ours, peer nested, peer @cypher, raw loop, then again), the better of each side's
  // two: drift in what else the machine runs hits every side alike. Before them every side runs untimed for a
  // while, so that Neo4j's JIT has compiled what each one asks: a Neo4j just started spent twice the CPU per
  // request on whichever side came first (3.07 vs 1.58 ms on ours, P2 0.42x vs 0.59x, in two runs in a row).
  const [ourServer, peerServer] = children as [ChildProcess, ChildProcess];
  const warmOptions = { method: 'POST' as const, headers: { 'content-type': 'application/json' } };
  for (const [url, body] of [
    [api, ourBody],
    [peer, nestedBody],
    [peer, cypherBody],
  ] as const)
    await autocannon({ ...warmOptions, url, body, connections: CONNECTIONS, duration: WARM_SECONDS });
  await rawDriverLoop(() => viaCypher(), cpuMeter, WARM_SECONDS);
  const rounds: { ours: Load; nested: Load; cypher: Load; raw: Load }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    rounds.push({
      ours: await load(api, ourBody, ourServer),
      nested: await load(peer, nestedBody, peerServer),
      cypher: await load(peer, cypherBody, peerServer),
      raw: await rawDriverLoop(() => viaCypher(), cpuMeter, SECONDS),
    });
  }
  const best = (side: 'ours' | 'nested' | 'cypher' | 'raw') =>
    rounds.map((r) => r[side]).reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
  const oursLoad = best('ours');
  const nestedLoad = best('nested');
  const cypherLoad = best('cypher');
  const rawLoad = best('raw');

  // Report --------------------------------------------------------------------------------------------
  console.log(`\nflagship: the ${states.length} State partners of GI-TOC, with their sessions and shared events`);
  console.log(`\nP1 one client, ${ITERATIONS} requests each, interleaved, after ${WARM_UP} warm-up`);
  console.log(`  GraphQL (yoga.fetch)   median ${g.median.toFixed(2)} ms   p95 ${g.p95.toFixed(2)} ms`);
  console.log(`  one Cypher query       median ${c.median.toFixed(2)} ms   p95 ${c.p95.toFixed(2)} ms`);
  console.log(`  ratio GraphQL/Cypher   median ${(g.median / c.median).toFixed(2)}x   (target ≤ 1.5x)`);
  console.log(`\nP2/P3 ${CONNECTIONS} connections, ${SECONDS} s each after 2 s warm-up, 127.0.0.1`);
  const row = (label: string, r: Load) =>
    console.log(
      `  ${label.padEnd(34)} ${r.perSecond.toFixed(0).padStart(6)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   failures ${r.failures}` +
        (r.cpuMsPerRequest === null ? '' : `   server CPU ${r.cpuMsPerRequest.toFixed(2)} ms/request`),
    );
  row('our API (HTTP, npm start)', oursLoad);
  row('raw neo4j-driver loop, 32 in flight', rawLoad);
  row('@neo4j/graphql, nested where', nestedLoad);
  row('@neo4j/graphql, @cypher field', cypherLoad);
  const bestPeer = Math.max(nestedLoad.perSecond, cypherLoad.perSecond);
  console.log(`  P2 ours / raw driver      ${(oursLoad.perSecond / rawLoad.perSecond).toFixed(2)}x   (target ≥ 0.6x)`);
  console.log(`  P3 ours / best peer       ${(oursLoad.perSecond / bestPeer).toFixed(2)}x   (target ≥ 1.25x)`);
  const bestPeerLoad = nestedLoad.perSecond >= cypherLoad.perSecond ? nestedLoad : cypherLoad;
  if (oursLoad.cpuMsPerRequest !== null && bestPeerLoad.cpuMsPerRequest !== null)
    console.log(
      `  server CPU per request, best peer / ours: ${(bestPeerLoad.cpuMsPerRequest / oursLoad.cpuMsPerRequest).toFixed(2)}x`,
    );
  // Where P2 goes: the raw loop's requests cost Neo4j and the driver; ours also cost HTTP, GraphQL and the load
  // generator, on the same two cores. Both sides keep the CPU busy, so the throughput ratio follows the ratio of
  // the CPU each request costs in all.
  const budget = (label: string, r: Load) => {
    const ms = (v: number | null) => (v === null ? '   n/a' : v.toFixed(2).padStart(6));
    const total =
      r.neo4jCpuMsPerRequest === null
        ? null
        : r.neo4jCpuMsPerRequest + (r.cpuMsPerRequest ?? 0) + r.clientCpuMsPerRequest;
    console.log(
      `  ${label.padEnd(34)} ${ms(r.neo4jCpuMsPerRequest)} ${ms(r.cpuMsPerRequest)} ${ms(r.clientCpuMsPerRequest)}  ${ms(total)}`,
    );
    return total;
  };
  console.log('\nP2 CPU per request, ms (Linux /proc; Neo4j only when it is the local one)');
  console.log(`  ${''.padEnd(34)}  Neo4j server client   total`);
  const ourTotal = budget('our API (client: autocannon)', oursLoad);
  const rawTotal = budget('raw loop (client: driver + loop)', rawLoad);
  if (ourTotal !== null && rawTotal !== null)
    console.log(`  raw / ours, CPU per request: ${(rawTotal / ourTotal).toFixed(2)}x (the P2 these costs predict)`);
  console.log('\nP4 Cypher round trips per request (target ≤ depth + 1)');
  for (const q of p4) console.log(`  ${q.name.padEnd(38)} ${q.trips} trips, depth ${q.depth} → bound ${q.depth + 1}`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? once(child, 'exit') : null)));
  await connection.close();
}

interface Load {
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  cpuMsPerRequest: number | null;
  neo4jCpuMsPerRequest: number | null;
  clientCpuMsPerRequest: number;
}

type CpuFields = Pick<Load, 'cpuMsPerRequest' | 'neo4jCpuMsPerRequest' | 'clientCpuMsPerRequest'>;

function stats(samples: number[]) {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Depth as graphql-armor counts it: nested field selections. */
function depthOf(document: string): number {
  const depth = (set: SelectionSetNode | undefined): number =>
    set === undefined
      ? 0
      : Math.max(0, ...set.selections.map((s) => (s.kind === Kind.FIELD ? 1 + depth(s.selectionSet) : 0)));
  const [operation] = parse(document).definitions;
  return operation?.kind === Kind.OPERATION_DEFINITION ? depth(operation.selectionSet) : 0;
}

async function post(url: string, body: string): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || json.errors) throw new Error(`${url}: ${response.status} ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** The raw driver baseline of P2: the flagship Cypher, 32 in flight, for `duration` s after 2 s of warm-up. */
async function rawDriverLoop(
  run: () => Promise<unknown>,
  cpuMeter: (serverPid: undefined) => (requests: number) => CpuFields,
  duration: number,
): Promise<Load> {
  const until = performance.now() + 2_000;
  const worker = async (deadline: number, latencies: number[] | null) => {
    while (performance.now() < deadline) {
      const t = performance.now();
      await run();
      latencies?.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, () => worker(until, null))); // warm-up
  const latencies: number[] = [];
  const cpu = cpuMeter(undefined);
  const began = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, () => worker(began + duration * 1000, latencies)));
  const seconds = (performance.now() - began) / 1000;
  const s = stats(latencies);
  return {
    perSecond: latencies.length / seconds,
    p50: Math.round(s.median),
    p99: Math.round(s.p99),
    failures: 0,
    // No server: the loop and its driver run in this process (the client's CPU).
    ...cpu(latencies.length),
  };
}
