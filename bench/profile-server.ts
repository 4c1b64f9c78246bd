// npm run bench:profile — where the API server spends its CPU under load (issue 12: "profile before changing").
// Starts `src/main.ts` as `npm start` runs it, but under `node --cpu-prof`, loads it with the flagship (or
// PROFILE_QUERY) at 32 connections for BENCH_SECONDS, stops it, and prints the server's CPU per request and
// the top self-time functions and packages of the V8 profile. Figures, never pass/fail.
// Neo4j: NEO4J_URI if set, else a local one in .neo4j/bench (NEO4J_HOME) on NEO4J_BOLT_PORT (7689).
import { once } from 'node:events';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { serverEnv, startChild } from './child-process.js';

process.env.NEO4J_HOME ??= '.neo4j/bench';
process.env.NEO4J_BOLT_PORT ??= '7689';
process.env.LOG_LEVEL ??= 'silent';

const { loadConfig } = await import('../src/config.js');
const { connect } = await import('../src/db/connect.js');
const { ingestBundledCorpus } = await import('../ingest/pipeline.js');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const PORT = Number(process.env.PORT ?? 4011);
const QUERY =
  process.env.PROFILE_QUERY ??
  `{ organization(name: "GI-TOC") { partners(kind: STATE) {
  organization { name iso3 } sessions { number year } events { title } } } }`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const config = loadConfig();
const connection = await connect(config, { onProgress: (m) => console.log(m) });
try {
  await ingestBundledCorpus(connection.graph);
  const dir = await mkdtemp(join(tmpdir(), 'cg-profile-'));
  const child = await startChild(
    'src/main.ts',
    { ...serverEnv(connection.graph.options.uri, config), PORT: String(PORT) },
    /GraphQL on/,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  );
  const options = {
    url: `http://127.0.0.1:${PORT}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
    connections: CONNECTIONS,
  };
  await autocannon({ ...options, duration: 3 }); // warm-up (JIT, plan cache), left out of the report
  // V8 stamps samples with the monotonic clock in µs, as process.hrtime does here: the window is comparable.
  const from = Number(process.hrtime.bigint() / 1000n);
  const run = await autocannon({ ...options, duration: SECONDS });
  const to = Number(process.hrtime.bigint() / 1000n);
  child.kill('SIGTERM');
  await once(child, 'exit');
  const [file] = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile written in ${dir}`);
  const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
  report(inWindow(profile, from, to), run);
  console.log(`\nprofile: ${join(dir, file)} (open in Chrome DevTools → Performance)`);
} finally {
  await connection.close();
}

/** Only the samples taken while the measured load ran (startup and warm-up left out). */
function inWindow(profile: CpuProfile, from: number, to: number): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) return;
    samples.push(id);
    timeDeltas.push(profile.timeDeltas[i] ?? 0);
  });
  return { ...profile, samples, timeDeltas };
}

/** Self time per function and per package, over the measured window. */
function report(profile: CpuProfile, run: autocannon.Result) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0);
  const idleUs = [...self].filter(([id]) => isIdle(byId.get(id)!)).reduce((a, [, us]) => a + us, 0);
  const busyUs = totalUs - idleUs;
  const fn = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    if (isIdle(node)) continue;
    const where = place(node.callFrame.url);
    const name = `${node.callFrame.functionName || '(anonymous)'}  ${where}:${node.callFrame.lineNumber + 1}`;
    fn.set(name, (fn.get(name) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / busyUs).toFixed(1).padStart(5)} %`;
  const rate = run.requests.total / run.duration;
  console.log(`\n${QUERY.replace(/\s+/g, ' ')}`);
  console.log(`${CONNECTIONS} connections, ${SECONDS} s: ${rate.toFixed(0)} req/s, p50 ${run.latency.p50} ms`);
  console.log(
    `server CPU: ${(busyUs / 1000).toFixed(0)} ms busy of ${(totalUs / 1000).toFixed(0)} ms profiled = ` +
      `${(busyUs / 1000 / run.requests.total).toFixed(2)} ms per request (${run.requests.total} requests)`,
  );
  console.log('\ntop packages (self time, % of busy)');
  for (const [name, us] of [...byPackage(self, byId)].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${pct(us)}  ${name}`);
  console.log('\npackages on the stack (inclusive time, % of busy)');
  for (const [name, us] of [...inclusiveByPackage(profile, byId)].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${pct(us)}  ${name}`);
  console.log('\ntop functions (self time, % of busy)');
  for (const [name, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${pct(us)}  ${name}`);
}

function byPackage(self: Map<number, number>, byId: Map<number, ProfileNode>) {
  const totals = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    if (isIdle(node)) continue;
    const name = packageOf(node.callFrame.url);
    totals.set(name, (totals.get(name) ?? 0) + us);
  }
  return totals;
}

/** Each sample counts once for every package on its stack: what runs under the driver, graphql, yoga… */
function inclusiveByPackage(profile: CpuProfile, byId: Map<number, ProfileNode>) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (isIdle(byId.get(id)!)) return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)!.callFrame.url;
      if (url !== '') seen.add(packageOf(url));
    }
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return totals;
}

function isIdle(node: ProfileNode): boolean {
  return node.callFrame.functionName === '(idle)';
}

/** "node_modules/graphql/execution/execute.js" → "graphql"; our files by folder; node core as "node:". */
function packageOf(url: string): string {
  if (url === '') return '(native / GC)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node core';
  const src = url.indexOf('/src/');
  return src >= 0
    ? `ours: ${url
        .slice(src + 1)
        .split('/')
        .slice(0, 2)
        .join('/')}`
    : url;
}

function place(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url || '(native)';
}
