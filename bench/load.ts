// npm run bench:load — a bounded load and soak run: starts the API (`npm start`'s src/main.ts, corpus loaded)
// on 127.0.0.1, sends the saved operations (operations/*.graphql) in turn over 50 connections for 60 s with
// autocannon (maintained HTTP load generator, Node-native), and prints req/s, latency p50/p99, errors
// (socket errors, timeouts, non-2xx and GraphQL `errors`) and the server's RSS at start, middle and end.
// Target: 0 errors and RSS growth under 20 % from the middle to the end. Not a test: it prints figures.
//   BENCH_LOAD_SECONDS (60), BENCH_LOAD_CONNECTIONS (50), PORT (4089), NEO4J_BOLT_PORT (7689: the bench port,
//   apart from npm start and the tests), NEO4J_HOME (.neo4j/bench-load). Only 127.0.0.1 is ever targeted.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { exampleOperations } from '../src/operations.js';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const PORT = Number(process.env.PORT ?? 4089);
const BASE = `http://127.0.0.1:${PORT}`;

const rssMb = (pid: number): number => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
};

async function waitHealthy(seconds: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (exited()) throw new Error('the API exited during start-up (see its output above)');
    try {
      if ((await fetch(`${BASE}/health`, { signal: AbortSignal.timeout(3_000) })).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API was not healthy within ${seconds}s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

// One Node process (no tsx wrapper), so its pid is the server whose memory is measured.
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORT: String(PORT),
    NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7689',
    NEO4J_HOME: process.env.NEO4J_HOME ?? '.neo4j/bench-load',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: process.env.NODE_ENV ?? 'production',
  },
});
let serverExited = false;
server.once('exit', () => (serverExited = true));

try {
  await waitHealthy(900, () => serverExited);
  const pid = server.pid!;
  const operations = exampleOperations();
  const requests = operations.map((op) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.document, variables: op.variables ? JSON.parse(op.variables) : {} }),
  }));
  // Warm-up: every operation once, and each must answer without errors (else the figures mean nothing).
  for (const [i, request] of requests.entries()) {
    const response = await fetch(`${BASE}${request.path}`, request);
    const body = (await response.json()) as { errors?: unknown };
    if (!response.ok || body.errors) throw new Error(`${operations[i]!.name} failed: ${JSON.stringify(body)}`);
  }

  let graphqlErrors = 0;
  const errorCodes = new Map<string, number>();
  const rss: { at: number; mb: number }[] = [{ at: 0, mb: rssMb(pid) }];
  const began = Date.now();
  const sampler = setInterval(() => rss.push({ at: (Date.now() - began) / 1000, mb: rssMb(pid) }), 1_000);
  console.log(
    `load: ${operations.length} saved operations in turn, ${CONNECTIONS} connections, ${SECONDS} s, ${BASE}/graphql`,
  );
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 20,
    requests: requests.map((r) => ({
      ...r,
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) {
          graphqlErrors += 1;
          const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'none';
          errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
        }
      },
    })),
  });
  clearInterval(sampler);
  rss.push({ at: (Date.now() - began) / 1000, mb: rssMb(pid) });

  const at = (seconds: number) =>
    rss.reduce((best, s) => (Math.abs(s.at - seconds) < Math.abs(best.at - seconds) ? s : best));
  const start = rss[0]!;
  const middle = at(SECONDS / 2);
  const end = rss[rss.length - 1]!;
  const growth = ((end.mb - middle.mb) / middle.mb) * 100;
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  console.log(`requests      ${result.requests.total} in ${result.duration} s`);
  console.log(`req/s         ${result.requests.average.toFixed(1)} (mean)`);
  console.log(`latency       p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(
    `errors        ${errors} (socket ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors}` +
      (errorCodes.size ? `: ${[...errorCodes].map(([c, n]) => `${c} ${n}`).join(', ')}` : '') +
      ')',
  );
  console.log(
    `server RSS    start ${start.mb.toFixed(0)} MB, middle ${middle.mb.toFixed(0)} MB (${middle.at.toFixed(0)} s), ` +
      `end ${end.mb.toFixed(0)} MB; middle→end ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %`,
  );
  console.log(
    `target        0 errors: ${errors === 0 ? 'met' : 'MISSED'}; RSS growth < 20 %: ${growth < 20 ? 'met' : 'MISSED'}`,
  );
  if (errors > 0 || growth >= 20) process.exitCode = 1;
} finally {
  if (!serverExited) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGINT'); // the API stops the Neo4j it started, as Ctrl-C does
    await exited;
  }
}
