// Keeps the local Neo4j of `npm start` running: when its process exits, it is started again (bounded
// retries with doubling back-off, each logged), or the server that someone else started on the same data
// folder meanwhile (`npm run db:start`) is adopted. While it is down the API answers DATABASE_UNAVAILABLE.
import { isAlive, startLocalNeo4j, type LocalNeo4jOptions, type RunningNeo4j } from './local-neo4j.js';

export interface SupervisorOptions {
  /** Restarts tried in a row before giving up (the API then stays up and reports the database unavailable). */
  maxRestarts?: number;
  /** First back-off; doubled after each failed attempt. */
  firstDelayMs?: number;
  /** How often the process is checked. */
  pollMs?: number;
  log: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Called as soon as the process is seen gone, before any restart. */
  onExit?: (pid: number) => void;
}

export interface Supervisor {
  /** The server now supervised (changes after a restart or an adoption). */
  current(): RunningNeo4j;
  /** Stops supervising, then stops the server if this process started it (Ctrl-C leaves nothing behind). */
  stop(): Promise<void>;
}

export function superviseLocalNeo4j(
  options: LocalNeo4jOptions,
  first: RunningNeo4j,
  supervisor: SupervisorOptions,
): Supervisor {
  const maxRestarts = supervisor.maxRestarts ?? 5;
  const firstDelayMs = supervisor.firstDelayMs ?? 1_000;
  // Restarts are children of this process: they end with it, whoever had started the first one.
  const restartOptions: LocalNeo4jOptions = { ...options, detached: false };
  let current = first;
  let stopped = false;
  let restarting: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  // Back-off waits end early on stop(), so Ctrl-C during a back-off is immediate.
  let wake = () => {};
  const wait = (ms: number) =>
    new Promise<void>((resolveWait) => {
      const t = setTimeout(resolveWait, ms);
      wake = () => {
        clearTimeout(t);
        resolveWait();
      };
    });

  const restart = async (deadPid: number) => {
    supervisor.onExit?.(deadPid);
    supervisor.log('warn', `Neo4j (pid ${deadPid}) exited; restarting it`);
    let delay = firstDelayMs;
    for (let attempt = 1; attempt <= maxRestarts && !stopped; attempt += 1) {
      supervisor.log('info', `Neo4j restart ${attempt}/${maxRestarts} in ${(delay / 1000).toFixed(1)} s`);
      await wait(delay);
      if (stopped) return;
      try {
        // startLocalNeo4j reuses a server that the pid file names (a `db:start` in the meantime).
        const next = await startLocalNeo4j(restartOptions);
        current = next;
        supervisor.log(
          'info',
          next.startedHere
            ? `Neo4j restarted (pid ${next.pid})`
            : `Neo4j pid ${next.pid}, started by someone else on this data folder, is supervised now`,
        );
        if (stopped && next.startedHere) await next.stop();
        return;
      } catch (error) {
        supervisor.log('error', `Neo4j restart ${attempt}/${maxRestarts} failed: ${(error as Error).message}`);
        delay *= 2;
      }
    }
    if (!stopped) {
      supervisor.log(
        'error',
        `Neo4j could not be restarted after ${maxRestarts} attempts; the API reports the database unavailable ` +
          'until it runs again (npm run db:start).',
      );
    }
  };

  const poll = () => {
    if (stopped) return;
    if (!restarting && !isAlive(current.pid)) {
      const dead = current.pid;
      restarting = restart(dead).finally(() => (restarting = null));
    }
    timer = setTimeout(poll, supervisor.pollMs ?? 500);
    timer.unref();
  };
  poll();

  return {
    current: () => current,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake();
      await restarting?.catch(() => {});
      if (current.startedHere) await current.stop();
    },
  };
}
