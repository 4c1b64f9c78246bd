// The only module that opens Neo4j sessions. Reads run in read transactions, writes in write transactions,
// sessions are closed in `finally`, the database is named explicitly, and transactions carry app metadata.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
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
}

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

  constructor(readonly options: GraphOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      userAgent: 'convention-graph',
      connectionAcquisitionTimeout: 20_000,
      maxConnectionPoolSize: 50,
      // Integers arrive as JS numbers (every count and line number here is far below 2^53), which spares
      // building and converting an Integer object per value on the read path.
      disableLosslessIntegers: true,
    });
  }

  /**
   * Runs one read query and returns its rows as plain objects. An auto-commit transaction in READ mode: one
   * network round trip (RUN and PULL pipelined), where a managed transaction takes two (BEGIN + RUN + PULL,
   * then COMMIT) for the same single statement. All rows come in one PULL (fetchSize -1): the rows are
   * collected into an array anyway, and batches of more than 1,000 rows would otherwise cost extra trips.
   */
  async read(query: string, params: Row = {}): Promise<Row[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: -1,
    });
    try {
      this.queryCount += 1;
      return rows(await session.run(query, params, this.txConfig()));
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new WriteTx(tx, () => (this.queryCount += 1))), {
        metadata: { app: 'convention-graph' },
      });
    } finally {
      await session.close();
    }
  }

  /** One auto-commit statement (schema changes cannot share a transaction with writes). */
  async run(query: string, params: Row = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.options.database });
    try {
      this.queryCount += 1;
      return rows(await session.run(query, params));
    } finally {
      await session.close();
    }
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
      throw new GraphUnavailableError(describeDriverError(this.options.uri, error), { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
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
    private readonly tx: ManagedTransaction,
    private readonly count: () => void,
  ) {}

  async run(query: string, params: Row = {}): Promise<Row[]> {
    this.count();
    return rows(await this.tx.run(query, params));
  }
}

function rows(result: QueryResult): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
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
