// A project-managed Neo4j 5.26 Community server: resolved from Maven Central by Maven (cached in ~/.m2),
// run by Java 17 on 127.0.0.1 with its data, log and pid file in one gitignored folder.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const launcherDir = join(projectRoot, 'neo4j');

export interface LocalNeo4jOptions {
  /** Folder for data, logs and the pid file (created if missing). */
  home: string;
  boltPort: number;
  password: string;
  pageCacheMb: number;
  heapMb: number;
  /** Bound on the whole start, including a first-run Maven download. */
  startTimeoutS: number;
  /** Keep running after this Node process exits (db:start) instead of dying with it (npm start, tests). */
  detached: boolean;
  onProgress?: (message: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  version: string;
  pid: number;
  /** True when this call started it, false when it was already running from the same home. */
  startedHere: boolean;
  logFile: string;
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

const pidFile = (home: string) => join(home, 'neo4j.pid');
const logFile = (home: string) => join(home, 'neo4j.log');

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const home = resolve(options.home);
  mkdirSync(home, { recursive: true });
  const uri = `bolt://127.0.0.1:${options.boltPort}`;

  const existing = readPid(home);
  if (existing !== null && isAlive(existing) && isLocalNeo4jOf(existing, home) !== false) {
    return reuse(home, uri, existing);
  }

  await checkJava();
  if (!(await isPortFree(options.boltPort))) {
    // The project's own Neo4j on this data folder, whose pid file went missing (an older launcher, a crash
    // between start and pid file): recognised by the process that listens on the port, and reused.
    const listener = listeningPid(options.boltPort);
    if (listener !== null && isLocalNeo4jOf(listener, home) === true) {
      writeFileSync(pidFile(home), String(listener));
      return reuse(home, uri, listener);
    }
    const other = listener === null ? undefined : localNeo4jHomeOf(listener);
    throw new LocalNeo4jError(
      other
        ? `Bolt port ${options.boltPort} on 127.0.0.1 is used by convention-graph's Neo4j of another data folder ` +
            `(${other}, pid ${listener}). Stop it (NEO4J_HOME=${other} npm run db:stop) or choose another NEO4J_BOLT_PORT.`
        : `Bolt port ${options.boltPort} on 127.0.0.1 is already in use by another process` +
            (listener === null ? '' : ` (pid ${listener})`) +
            `. Stop it, or choose another port with NEO4J_BOLT_PORT (or point NEO4J_URI at that server).`,
      3,
    );
  }
  const deadline = Date.now() + options.startTimeoutS * 1000;
  options.onProgress?.('resolving Neo4j 5.26 from Maven Central (cached after the first run)');
  const classpath = await resolveClasspath(home, deadline);

  writeFileSync(logFile(home), '');
  const log = openSync(logFile(home), 'a');
  options.onProgress?.(`starting Neo4j on ${uri} (log: ${logFile(home)})`);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heapMb}m`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      join(launcherDir, 'LocalNeo4j.java'),
      join(home, 'db'),
      String(options.boltPort),
      String(options.pageCacheMb),
    ],
    {
      detached: options.detached,
      stdio: ['ignore', log, log],
      env: { ...process.env, NEO4J_LOCAL_PASSWORD: options.password },
    },
  );
  closeSync(log);
  if (child.pid === undefined) throw new LocalNeo4jError('could not launch java', 4);
  const pid = child.pid;
  writeFileSync(pidFile(home), String(pid));
  if (options.detached) child.unref();

  try {
    const seconds = Math.max(1, Math.round((deadline - Date.now()) / 1000));
    const version = await waitForReadyLine(home, pid, seconds);
    return { uri, version, pid, startedHere: true, logFile: logFile(home), stop: () => stopPid(home, pid) };
  } catch (error) {
    await stopPid(home, pid);
    throw error;
  }
}

/** A running server of `home` that this call did not start: stopping it is the caller's choice. */
async function reuse(home: string, uri: string, pid: number): Promise<RunningNeo4j> {
  const version = await waitForReadyLine(home, pid, 30);
  return { uri, version, pid, startedHere: false, logFile: logFile(home), stop: () => stopPid(home, pid) };
}

export async function stopLocalNeo4j(homeFolder: string, boltPort?: number): Promise<boolean> {
  const home = resolve(homeFolder);
  const pid = findLocalNeo4j(home, boltPort);
  if (pid === null) {
    rmSync(pidFile(home), { force: true });
    return false;
  }
  await stopPid(home, pid);
  return true;
}

export function localNeo4jStatus(
  homeFolder: string,
  boltPort?: number,
): { running: boolean; pid: number | null; logFile: string } {
  const home = resolve(homeFolder);
  const pid = findLocalNeo4j(home, boltPort);
  return { running: pid !== null, pid, logFile: logFile(home) };
}

/**
 * The live server of `home`: the one its pid file names, else the project's launcher listening on `boltPort`
 * with this data folder (the pid file is then repaired, so later commands find it directly).
 */
function findLocalNeo4j(home: string, boltPort?: number): number | null {
  const pid = readPid(home);
  if (pid !== null && isAlive(pid) && isLocalNeo4jOf(pid, home) !== false) return pid;
  if (boltPort === undefined) return null;
  const listener = listeningPid(boltPort);
  if (listener === null || isLocalNeo4jOf(listener, home) !== true) return null;
  writeFileSync(pidFile(home), String(listener));
  return listener;
}

/** Maven resolves the engine once; the classpath is cached per pom content so later starts skip Maven. */
async function resolveClasspath(home: string, deadline: number): Promise<string> {
  const pom = join(launcherDir, 'pom.xml');
  const digest = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 16);
  const cacheDir = resolve(home, '..');
  const cached = join(cacheDir, `classpath-${digest}.txt`);
  if (existsSync(cached)) {
    const cp = readFileSync(cached, 'utf8').trim();
    if (cp.split(':').every((jar) => existsSync(jar))) return cp;
  }
  await checkMaven();
  const timeout = Math.max(1000, deadline - Date.now());
  try {
    await run('mvn', ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`], {
      timeout,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { killed?: boolean; stdout?: string; stderr?: string };
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(
      e.killed
        ? `Maven did not resolve Neo4j within the start timeout (NEO4J_START_TIMEOUT_S). Is Maven Central reachable?`
        : `Maven could not resolve Neo4j from Maven Central (is it reachable?). Maven said:\n${output}`,
      5,
    );
  }
  return readFileSync(cached, 'utf8').trim();
}

async function checkJava(): Promise<void> {
  let output: string;
  try {
    const { stderr, stdout } = await run('java', ['-version']);
    output = `${stderr}${stdout}`;
  } catch {
    throw new LocalNeo4jError('Java was not found on PATH. Neo4j 5.26 needs Java 17 or 21 (install a JDK 17).', 6);
  }
  const major = Number(/version "(\d+)/.exec(output)?.[1] ?? 0);
  if (major < 17) {
    throw new LocalNeo4jError(`Java ${major || '(unknown version)'} found; Neo4j 5.26 needs Java 17 or 21.`, 6);
  }
}

async function checkMaven(): Promise<void> {
  try {
    await run('mvn', ['-v']);
  } catch {
    throw new LocalNeo4jError(
      'Maven (mvn) was not found on PATH; it fetches Neo4j from Maven Central on first run.',
      6,
    );
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

/** The launcher prints NEO4J_READY once Bolt accepts connections; a dead process or the deadline ends the wait. */
async function waitForReadyLine(home: string, pid: number, seconds: number): Promise<string> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const log = existsSync(logFile(home)) ? readFileSync(logFile(home), 'utf8') : '';
    const ready = /NEO4J_READY (\S+)/.exec(log);
    if (ready?.[1]) return ready[1];
    if (!isAlive(pid)) {
      throw new LocalNeo4jError(`Neo4j exited during start-up. Last lines of ${logFile(home)}:\n${tail(log)}`, 7);
    }
    if (Date.now() > until) {
      throw new LocalNeo4jError(
        `Neo4j did not become ready within ${seconds}s. Last lines of ${logFile(home)}:\n${tail(log)}`,
        8,
      );
    }
    await sleep(250);
  }
}

async function stopPid(home: string, pid: number): Promise<void> {
  signal(pid, 'SIGTERM');
  for (let waited = 0; waited < 60_000 && isAlive(pid); waited += 200) await sleep(200);
  if (isAlive(pid)) signal(pid, 'SIGKILL');
  // Only our own line: after a crash and a `db:start`, the file names the other server, which must stay found.
  if (readPid(home) === pid) rmSync(pidFile(home), { force: true });
}

/** The pid named by `home`'s pid file, or null. */
export function readPid(home: string): number | null {
  if (!existsSync(pidFile(home))) return null;
  const pid = Number(readFileSync(pidFile(home), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** True/false when /proc says whether `pid` is the launcher running on `home`'s data; undefined off Linux. */
export function isLocalNeo4jOf(pid: number, home: string): boolean | undefined {
  const of = localNeo4jHomeOf(pid);
  if (of === undefined) return existsSync(`/proc/${pid}`) ? false : undefined;
  return resolve(of) === resolve(home);
}

/** The data folder's home of a LocalNeo4j launcher process (from its command line), else undefined. */
function localNeo4jHomeOf(pid: number): string | undefined {
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
  const at = args.findIndex((a) => a.endsWith('LocalNeo4j.java'));
  const db = at >= 0 ? args[at + 1] : undefined;
  return db ? dirname(db) : undefined;
}

/** The process listening on 127.0.0.1:`port` (Linux: /proc/net/tcp* → socket inode → /proc/<pid>/fd). */
export function listeningPid(port: number): number | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex, st 0A is LISTEN, column 9 the socket inode.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9]) inodes.add(`socket:[${cols[9]}]`);
    }
  }
  if (inodes.size === 0) return null;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited child not yet reaped) still answers signal 0; /proc tells the truth on Linux.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return true;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

const tail = (text: string, lines = 25) => text.trimEnd().split('\n').slice(-lines).join('\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
