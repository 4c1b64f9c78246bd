// The one boundary where Neo4j driver failures become typed GraphQL errors (the model: the Neo4j GraphQL
// Library's Executor). Whatever the driver or the server says, a client only ever sees one of these messages:
// no Java class, procedure name, Cypher text or file path crosses this line. The driver's error stays on
// `cause` for the server's own log (yoga serializes message, path and extensions only).
import { GraphQLError } from 'graphql';

export type DatabaseErrorCode = 'DATABASE_UNAVAILABLE' | 'DATABASE_TIMEOUT' | 'DATABASE_ERROR';

/** A failure of the graph database, safe to send to a client as is. */
export class DatabaseError extends GraphQLError {
  declare readonly cause: unknown;
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    /** For logs only; never serialized. */
    cause?: unknown,
  ) {
    super(message, { extensions: { code } });
    this.name = 'DatabaseError';
    Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}

export const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly.';

export const databaseUnavailable = (cause?: unknown) =>
  new DatabaseError('DATABASE_UNAVAILABLE', UNAVAILABLE_MESSAGE, cause);

/**
 * Driver codes (neo4j-driver `Neo4jError.code`) that mean "cannot reach a working server now": nothing the
 * request did wrong, and the same request may succeed once the server is back.
 */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Cluster.NotALeader',
]);

/** System errors of the socket layer (a refused or reset connection surfaces with these). */
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

const ACQUISITION_TIMEOUT = /Connection acquisition timed out/i;

/** True when the failure says the database cannot be reached (as opposed to a bad or slow query). */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseError) return error.code === 'DATABASE_UNAVAILABLE';
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  return (
    UNAVAILABLE_CODES.has(code) ||
    UNAVAILABLE_ERRNOS.has(code) ||
    // (An exhausted pool's "Connection acquisition timed out" is overload, not an outage: DATABASE_TIMEOUT.)
    (!ACQUISITION_TIMEOUT.test(message) && /connection (?:was )?closed|Pool is closed|Failed to connect/i.test(message))
  );
}

/** Maps anything thrown while talking to Neo4j to a DatabaseError; GraphQL errors pass through unchanged. */
export function toDatabaseError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (isUnavailable(error)) return databaseUnavailable(error);
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (
    /^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(code) ||
    code === 'Neo.TransientError.Transaction.LockClientStopped'
  ) {
    return new DatabaseError(
      'DATABASE_TIMEOUT',
      'The graph database gave up on this request (it took too long).',
      error,
    );
  }
  // Lucene refusing a full-text query (too many clauses, a parse error), a Cypher error, a constraint: the
  // request cannot be answered, and the reason stays in the server log.
  return new DatabaseError('DATABASE_ERROR', 'The graph database could not answer this request.', error);
}

/** The driver's own message behind a DatabaseError, for logs and the ingest summary (never for API clients). */
export function internalMessage(error: unknown): string {
  const cause = error instanceof DatabaseError ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
