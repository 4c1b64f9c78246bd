// Whether Neo4j can be used right now, kept cheaply so that requests fail at once while it cannot (instead
// of each one waiting for connection and query timeouts). Failures of real queries and a background probe
// move the state down; the probe moves it up again as soon as Neo4j answers, without restarting anything.

export interface AvailabilityState {
  up: boolean;
  /** One line for logs and /health when down ("Neo4j did not answer within 1000 ms"). */
  reason: string | null;
  /** When the state last changed (ms since the epoch). */
  since: number;
}

export class Availability {
  private state: AvailabilityState = { up: true, reason: null, since: Date.now() };
  private lostWatchers = new Set<(reason: string) => void>();
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private lastSuccessAt = 0;
  private runProbeNow: (() => void) | undefined;
  private listeners: ((state: AvailabilityState) => void)[] = [];

  /** True once a probe runs: only then may callers fail fast on a "down" state (the probe will lift it). */
  get monitored(): boolean {
    return this.timer !== undefined;
  }

  get current(): AvailabilityState {
    return { ...this.state };
  }

  /**
   * Calls `onLost` when the state next goes down, until the returned function is called: in-flight queries
   * subscribe for their duration and stop waiting on a frozen server. (A Set, not a shared promise: handlers
   * of finished queries must not pile up while the server stays up.)
   */
  watchLoss(onLost: (reason: string) => void): () => void {
    this.lostWatchers.add(onLost);
    return () => this.lostWatchers.delete(onLost);
  }

  markDown(reason: string): void {
    if (!this.state.up) {
      this.state.reason = reason;
      return;
    }
    this.state = { up: false, reason, since: Date.now() };
    const watchers = [...this.lostWatchers];
    this.lostWatchers.clear();
    for (const onLost of watchers) onLost(reason);
    this.emit();
  }

  markUp(): void {
    if (this.state.up) return;
    this.state = { up: true, reason: null, since: Date.now() };
    this.emit();
  }

  /** A query just succeeded: the server answers (and a probe stuck behind a busy pool proves nothing). */
  noteSuccess(): void {
    this.lastSuccessAt = Date.now();
    this.markUp();
  }

  /** A query hit a broken connection: probe at once rather than trust one connection's word. */
  suspect(): void {
    this.runProbeNow?.();
  }

  onChange(listener: (state: AvailabilityState) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `check` every `upIntervalMs` while up and every `downIntervalMs` while down (or in doubt), one at a
   * time, each bounded by `timeoutMs`. A refused or broken connection marks the state down at once; a check
   * that merely takes too long does so only `timeoutsBeforeDown` times in a row (a frozen server, not a busy
   * machine). Idempotent; the timer never keeps the process alive.
   */
  startProbe(
    check: () => Promise<unknown>,
    options: { upIntervalMs: number; downIntervalMs: number; timeoutMs: number; timeoutsBeforeDown: number },
  ): void {
    if (this.timer) return;
    let timeouts = 0;
    const tick = async () => {
      if (this.probing) return;
      this.probing = true;
      const began = Date.now();
      try {
        await withTimeout(check(), options.timeoutMs);
        timeouts = 0;
        this.markUp();
      } catch (error) {
        // Under load the probe queues behind busy connections: if queries completed meanwhile, it is not frozen.
        const slow = error instanceof ProbeTimeout && this.lastSuccessAt < began;
        if (error instanceof ProbeTimeout && !slow) {
          timeouts = 0;
          return;
        }
        timeouts = slow ? timeouts + 1 : 0;
        if (!slow || timeouts >= options.timeoutsBeforeDown) this.markDown((error as Error).message);
      } finally {
        this.probing = false;
        const inDoubt = !this.state.up || timeouts > 0;
        if (this.timer) this.schedule(tick, inDoubt ? options.downIntervalMs : options.upIntervalMs);
      }
    };
    this.runProbeNow = () => {
      if (this.probing || !this.timer) return;
      clearTimeout(this.timer);
      void tick();
    };
    this.schedule(tick, options.upIntervalMs);
  }

  stopProbe(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(tick: () => Promise<void>, ms: number): void {
    this.timer = setTimeout(() => void tick(), ms);
    this.timer.unref();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}

/** "Neo4j did not answer within N ms": slow or frozen, as opposed to refusing connections. */
export class ProbeTimeout extends Error {}

/** Rejects with a ProbeTimeout when `work` takes longer than `ms`. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(`Neo4j did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
