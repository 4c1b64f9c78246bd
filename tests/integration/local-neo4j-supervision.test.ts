// The local Neo4j of `npm start`, for real: killed under the running API it is restarted (and the API says
// DATABASE_UNAVAILABLE meanwhile), Ctrl-C leaves nothing behind, and a Neo4j of the same data folder whose
// pid file went missing is recognised on its Bolt port instead of being called "another process".
// Ports of their own (NEO4J_FAULT_SUPERVISE_BOLT_PORT 7698, NEO4J_FAULT_OWN_BOLT_PORT 7699,
// NEO4J_FAULT_HTTP_PORT 4097), apart from npm start (7687), the test server (7688) and the bench (7689).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isAlive,
  isLocalNeo4jOf,
  listeningPid,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../src/db/local-neo4j.js';

// A generous bound: these tests wait for real Neo4j starts or a corpus ingest (20-60 s each on a busy machine).
const START_BOUND_MS = 900_000;

const SUPERVISED = {
  home: '.neo4j/fault-supervise',
  boltPort: Number(process.env.NEO4J_FAULT_SUPERVISE_BOLT_PORT ?? 7698),
  httpPort: Number(process.env.NEO4J_FAULT_HTTP_PORT ?? 4097),
};
const OWN = { home: '.neo4j/fault-own', boltPort: Number(process.env.NEO4J_FAULT_OWN_BOLT_PORT ?? 7699) };
const pidIn = (home: string) => {
  const file = join(home, 'neo4j.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : null;
};

async function until<T>(check: () => Promise<T | null | false> | T | null | false, seconds: number, what: string) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${seconds}s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('when npm start runs its own Neo4j', () => {
  let api: ChildProcess | undefined;
  let log = '';
  const url = (path: string) => `http://127.0.0.1:${SUPERVISED.httpPort}${path}`;
  const healthy = async () => {
    try {
      return (await fetch(url('/health'), { signal: AbortSignal.timeout(3_000) })).status === 200;
    } catch {
      return false;
    }
  };

  afterAll(async () => {
    if (api?.exitCode === null) process.kill(-api.pid!, 'SIGKILL');
    await stopLocalNeo4j(SUPERVISED.home, SUPERVISED.boltPort);
  });

  it(
    'when its Neo4j is killed, then the API says unavailable, the Neo4j is restarted, and Ctrl-C leaves nothing behind',
    async () => {
      rmSync(join(SUPERVISED.home, 'db'), { recursive: true, force: true });
      // `node --import tsx`: one process, so the signal reaches src/main.ts itself (no tsx wrapper in between).
      api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        // Its own process group, so "Ctrl-C" can go to the whole group as a terminal sends it.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Without NEO4J_URI (the suite may run against an external server): this is about the Neo4j npm start runs.
        env: {
          ...withoutNeo4jUri(process.env),
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          PORT: String(SUPERVISED.httpPort),
          NEO4J_HOME: SUPERVISED.home,
          NEO4J_BOLT_PORT: String(SUPERVISED.boltPort),
          NEO4J_HEAP_MB: '512',
          NEO4J_PAGECACHE_MB: '64',
          INGEST_ON_START: 'false',
        },
      });
      api.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      api.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      await until(healthy, 600, `npm start healthy (log: ${log})`);

      const first = pidIn(SUPERVISED.home)!;
      expect(isLocalNeo4jOf(first, SUPERVISED.home)).toBe(true);
      process.kill(first, 'SIGKILL');
      await until(() => !isAlive(first), 10, 'killed Neo4j gone');

      const began = performance.now();
      const response = await fetch(url('/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sessions { totalCount } }' }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(performance.now() - began).toBeLessThan(2_500);
      expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

      await until(healthy, 600, 'healthy again after the restart');
      // Bolt answers a little before the launcher's ready line, which the supervisor waits for.
      await until(() => /Neo4j restarted \(pid \d+\)/.test(log), 180, 'restart logged');
      const second = pidIn(SUPERVISED.home)!;
      expect(second).not.toBe(first);
      expect(isAlive(second)).toBe(true);
      expect(log).toContain(`Neo4j (pid ${first}) exited; restarting it`);
      expect(log).toContain(`Neo4j restarted (pid ${second})`);

      const exited = new Promise<number | null>((r) => api!.once('exit', (code) => r(code)));
      process.kill(-api.pid!, 'SIGINT');
      expect(await exited).toBe(0);
      await until(() => !isAlive(second), 60, 'restarted Neo4j stopped by Ctrl-C');
      expect(pidIn(SUPERVISED.home)).toBeNull();
      expect(listeningPid(SUPERVISED.boltPort)).toBeNull();
    },
    START_BOUND_MS,
  );
});

describe('when the Bolt port is held by this data folder’s Neo4j without a pid file', () => {
  const options = {
    home: OWN.home,
    boltPort: OWN.boltPort,
    password: 'convention-graph-own',
    pageCacheMb: 64,
    heapMb: 512,
    startTimeoutS: 600,
  };
  afterAll(async () => {
    await stopLocalNeo4j(OWN.home, OWN.boltPort);
  });

  it(
    'when it is started again, then it is recognised and reused; the pid file comes back; db:stop finds it',
    async () => {
      rmSync(join(OWN.home, 'db'), { recursive: true, force: true });
      const first = await startLocalNeo4j({ ...options, detached: true });
      expect(first.startedHere).toBe(true);

      rmSync(join(OWN.home, 'neo4j.pid'));
      expect(listeningPid(OWN.boltPort)).toBe(first.pid);
      expect(isLocalNeo4jOf(first.pid, resolve(OWN.home))).toBe(true);
      const again = await startLocalNeo4j({ ...options, detached: false });
      expect(again.startedHere).toBe(false);
      expect(again.pid).toBe(first.pid);

      // The server keeps its own pid file: removed by mistake, it is written again.
      rmSync(join(OWN.home, 'neo4j.pid'), { force: true });
      await until(() => pidIn(OWN.home) === first.pid, 10, 'pid file repaired');
      expect(localNeo4jStatus(OWN.home, OWN.boltPort)).toMatchObject({ running: true, pid: first.pid });

      expect(await stopLocalNeo4j(OWN.home, OWN.boltPort)).toBe(true);
      expect(isAlive(first.pid)).toBe(false);
      expect(pidIn(OWN.home)).toBeNull();
    },
    START_BOUND_MS,
  );
});

function withoutNeo4jUri(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest.NEO4J_URI;
  return rest;
}
