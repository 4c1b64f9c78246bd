// The only module that opens Neo4j sessions. Reads run in read transactions, writes in write transactions,
// sessions are closed in `finally`, the database is named explicitly, and transactions carry app metadata.
// Every failure leaves this module as a typed GraphQL error (errors.ts), and moves the availability state.
import neo4j, { type Driver, type QueryResult, type Session, type Transaction } from 'neo4j-driver';
import { Availability, ProbeTimeout, withTimeout } from './availability.js';
import { DatabaseError, databaseUnavailable, isUnavailable, toDatabaseError } from './errors.js';
import { disableNagleOnClientSockets } from './no-delay.js';
import { toPlain } from './values.js';

// Before any Bolt socket opens (src/graph/no-delay.ts: +40 ms per large query otherwise).
disableNagleOnClientSockets();

export interface GraphOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Neo4j transaction timeout for reads (ms). */
  timeoutMs?: number;
  /** Bound on opening one Bolt connection (TCP + handshake), ms. */
  connectTimeoutMs?: number;
}

/**
 * How long a health check or probe waits for Neo4j before calling it unavailable: /health must answer within
 * 2 s, and a loaded machine can take a few hundred ms for a round trip.
 */
export const PROBE_TIMEOUT_MS = 1_500;

export type Row = Record<string, unknown>;

/** Thrown for failures talking to Neo4j; the message is safe to log, never sent to API clients as is. */
export class GraphUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphUnavailableError';
  }
}

export class Graph {
  readonly driver: Driver;
  /** Incremented on every Cypher statement sent; tests use it to count round trips. */
  queryCount = 0;
  /** Up or down, from query failures and (once `monitor()` runs) a background probe. */
  readonly availability = new Availability();
  private info: { version: string; edition: string } | undefined;

  constructor(readonly options: GraphOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      userAgent: 'convention-graph',
      // Bounded waits: a dead or frozen server must not hold a request for the driver's 30-60 s defaults.
      connectionTimeout: options.connectTimeoutMs ?? 1_000,
      // Waiting for a free connection is overload, bounded like the request itself.
      connectionAcquisitionTimeout: options.timeoutMs ?? 10_000,
      maxConnectionPoolSize: 50,
      // Integers arrive as JS numbers (every count and line number here is far below 2^53), which spares
      // building and converting an Integer object per value on the read path.
      disableLosslessIntegers: true,
    });
  }

  /**
   * Runs one read query and returns its rows as plain objects. An auto-commit transaction in READ mode: one
   * network round trip (RUN and PULL pipelined), where an explicit transaction takes two (BEGIN + RUN + PULL,
   * then COMMIT) for the same single statement. All rows come in one PULL (fetchSize -1): the rows are
   * collected into an array anyway, and batches of more than 1,000 rows would otherwise cost extra trips.
   */
  async read(query: string, params: Row = {}): Promise<Row[]> {
    return this.guarded({ failFast: true }, async () => {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
        fetchSize: -1,
      });
      try {
        this.queryCount += 1;
        return rows(await withoutCallerStack(() => session.run(query, params, this.txConfig())));
      } finally {
        await session.close().catch(() => {});
      }
    });
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.guarded({ failFast: false }, async () => {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await inTransaction(session, { metadata: { app: 'convention-graph' } }, (tx) =>
          work(new WriteTx(tx, () => (this.queryCount += 1))),
        );
      } finally {
        await session.close().catch(() => {});
      }
    });
  }

  /** One auto-commit statement (schema changes cannot share a transaction with writes). */
  async run(query: string, params: Row = {}): Promise<Row[]> {
    return this.guarded({ failFast: false }, async () => {
      const session = this.driver.session({ database: this.options.database });
      try {
        this.queryCount += 1;
        return rows(await session.run(query, params));
      } finally {
        await session.close().catch(() => {});
      }
    });
  }

  /** Checks the server answers and says which Neo4j it is. */
  async serverInfo(): Promise<{ version: string; edition: string }> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      const [row] = await this.read(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      );
      return { version: String(row?.version), edition: String(row?.edition) };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause ?? error;
      throw new GraphUnavailableError(describeDriverError(this.options.uri, cause), { cause });
    }
  }

  /**
   * Starts the background probe (the API server does; ingestion and scripts do not): a cheap `RETURN 1`
   * every 2 s while up, every 250 ms while down or in doubt, each bounded by PROBE_TIMEOUT_MS. A dead server
   * is seen at the first probe (or the first failing query); a frozen one after 3 unanswered probes (about
   * 7 s); a server that is back is used again within a quarter of a second.
   */
  monitor(): void {
    this.availability.startProbe(() => this.ping(), {
      upIntervalMs: 2_000,
      downIntervalMs: 250,
      timeoutMs: PROBE_TIMEOUT_MS,
      timeoutsBeforeDown: 3,
    });
  }

  /** One round trip that bypasses the fast-fail state (and the round-trip counter). */
  async ping(): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1');
    } catch (error) {
      throw new Error(shortReason(error));
    } finally {
      void session.close().catch(() => {});
    }
  }

  /**
   * The state for /health: answers within PROBE_TIMEOUT_MS, whatever Neo4j does. One round trip (`RETURN 1`);
   * version and edition are asked once and remembered (they change only with a restart, and cost a second trip).
   */
  async health(): Promise<{ up: true; version: string; edition: string } | { up: false; reason: string }> {
    const state = this.availability.current;
    if (!state.up && this.availability.monitored) return { up: false, reason: state.reason ?? 'unavailable' };
    try {
      await withTimeout(this.ping(), PROBE_TIMEOUT_MS);
      this.info ??= await withTimeout(this.serverInfo(), PROBE_TIMEOUT_MS);
      this.availability.markUp();
      return { up: true, ...this.info };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause ?? error;
      // Slow is not down: only a refused or broken connection moves the shared state from here.
      if (!(cause instanceof ProbeTimeout) && isUnavailable(cause)) this.availability.markDown(shortReason(cause));
      return { up: false, reason: shortReason(cause) };
    }
  }

  async close(): Promise<void> {
    this.availability.stopProbe();
    await this.driver.close();
  }

  /**
   * The error boundary: maps every driver error to a typed GraphQL error and records unavailability. Reads
   * (the API) also fail at once while the probe knows Neo4j is down, and stop waiting when it goes down
   * mid-query (a frozen server); writes (ingestion) are left to finish or fail by themselves.
   */
  private async guarded<T>(mode: { failFast: boolean }, work: () => Promise<T>): Promise<T> {
    const state = this.availability.current;
    if (mode.failFast && !state.up && this.availability.monitored) {
      throw databaseUnavailable(new Error(state.reason ?? ''));
    }
    let unwatch = () => {};
    const lost = new Promise<never>((_, reject) => {
      if (mode.failFast) {
        unwatch = this.availability.watchLoss((reason) => reject(databaseUnavailable(new Error(reason))));
      }
    });
    try {
      const result = await Promise.race([this.retryOnceIfBroken(mode, work), lost]);
      this.availability.noteSuccess();
      return result;
    } catch (error) {
      if (!(error instanceof DatabaseError) && isUnavailable(error)) {
        // A refused connection is certain; a broken one may be one stale socket: let the probe decide.
        if (/ECONNREFUSED/.test(String((error as Error).message))) this.availability.markDown(shortReason(error));
        else this.availability.suspect();
      }
      throw toDatabaseError(error);
    } finally {
      unwatch();
    }
  }

  /** Reads are retried once, at once, after a connection-level failure (a pooled socket the server dropped). */
  private async retryOnceIfBroken<T>(mode: { failFast: boolean }, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!mode.failFast || error instanceof DatabaseError || !isUnavailable(error)) throw error;
      return work();
    }
  }

  private txConfig() {
    return {
      metadata: { app: 'convention-graph' },
      ...(this.options.timeoutMs ? { timeout: this.options.timeoutMs } : {}),
    };
  }
}

export class WriteTx {
  constructor(
    private readonly tx: Pick<Transaction, 'run'>,
    private readonly count: () => void,
  ) {}

  async run(query: string, params: Row = {}): Promise<Row[]> {
    this.count();
    return rows(await this.tx.run(query, params));
  }
}

/**
 * An explicit transaction, committed when `work` succeeds and rolled back otherwise. Not the driver's
 * executeRead/executeWrite: their retry loop waits about a second even with maxTransactionRetryTime 0, and
 * a request must fail at once when Neo4j is gone (the availability state and the client decide on retrying).
 */
async function inTransaction<T>(
  session: Session,
  config: Parameters<Session['beginTransaction']>[0],
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw error;
  }
}

/**
 * Calls `start` with stack capture off. The driver records the caller's stack for every query it starts
 * (`new Error().stack`, to splice into a later failure's), and with source maps on (tsx) formatting it cost
 * ~3 % of the API's CPU under load. Failures here become DatabaseErrors that carry their own cause, so that
 * stack was never shown. Restored before anything else runs: `start` is synchronous.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function rows(result: QueryResult): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** One line saying why Neo4j cannot be used, without driver boilerplate ("not reachable (ECONNREFUSED)"). */
export function shortReason(error: unknown): string {
  const e = error as { code?: string; message?: string } | undefined;
  const message = e?.message ?? String(error);
  if (/did not answer within/.test(message)) return message;
  if (e?.code === 'Neo.ClientError.Security.Unauthorized') return 'Neo4j rejected the credentials';
  const errno = /\b(E[A-Z]{4,})\b/.exec(message)?.[1];
  if (errno) return `Neo4j is not reachable (${errno})`;
  if (/acquisition timed out/i.test(message)) return 'Neo4j did not hand out a connection in time';
  return `Neo4j is not reachable (${e?.code ?? 'no answer'})`;
}

/** Turns driver failures into one clear sentence: unreachable server vs wrong credentials. */
export function describeDriverError(uri: string, error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'Neo.ClientError.Security.Unauthorized') {
    return `Neo4j at ${uri} rejected the credentials (check NEO4J_USER / NEO4J_PASSWORD).`;
  }
  if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired') {
    return `Neo4j at ${uri} is not reachable (${e.message ?? e.code}).`;
  }
  return `Neo4j at ${uri} failed: ${e.message ?? String(error)}`;
}
