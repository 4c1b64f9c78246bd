// npm run bench:start — seconds from `npm start` to a healthy API (P7), cold and warm, side by side.
// Not a test: it prints figures. It runs `npm start` as a child with this worktree's ports, polls /health until
// it answers ok, stops the child (by its own process group) and repeats:
//   cold  = the graph holds no Document yet (the corpus is ingested);
//   warm  = the graph already holds the corpus (unchanged documents are skipped).
// Neo4j is started once beforehand (`npm run db:start`, detached), so both runs measure our start-up, not the JVM's.
// Env: PORT (4023), NEO4J_BOLT_PORT (7722), NEO4J_HOME (.neo4j/main), START_RUNS (3 warm runs).
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const port = process.env.PORT ?? '4023';
const env = { ...process.env, PORT: port, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };
const runs = Number(process.env.START_RUNS ?? 3);

function npm(args: string[]): void {
  const result = spawnSync('npm', args, { env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status})`);
}

/** One `npm start`: seconds until /health says ok, and the log lines that mention skipping or ingesting. */
async function startOnce(): Promise<{ seconds: number; log: string[] }> {
  const began = performance.now();
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const keep = (chunk: Buffer) =>
    log.push(
      ...chunk
        .toString()
        .split('\n')
        .filter((l) => /skipp|ingest|graph ready|ready in/i.test(l)),
    );
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}): ${log.join('\n')}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        if (response.ok && ((await response.json()) as { status?: string }).status === 'ok') break;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    return { seconds: (performance.now() - began) / 1000, log };
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

npm(['run', 'db:start', '--silent']);
// Cold: an empty graph, so every document is ingested (the local server keeps running in between).
const wipe = spawnSync('npx', ['tsx', 'bench/scale/wipe.ts'], { env, stdio: 'inherit' });
if (wipe.status !== 0) throw new Error('wiping the graph failed');
const cold = await startOnce();
console.log(`cold (empty graph):   ${cold.seconds.toFixed(1)} s\n  ${cold.log.join('\n  ')}`);
const warm: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const run = await startOnce();
  warm.push(run.seconds);
  console.log(`warm run ${i + 1}:          ${run.seconds.toFixed(1)} s\n  ${run.log.join('\n  ')}`);
}
warm.sort((a, b) => a - b);
console.log(
  `\nP7 npm start to healthy: cold ${cold.seconds.toFixed(1)} s, warm median ${warm[Math.floor(warm.length / 2)]!.toFixed(1)} s`,
);
