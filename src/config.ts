// The one place that reads process.env. Every setting has a doc, a default and an env name,
// and is validated once at startup so a typo fails fast with the variable's name.
import { z } from 'zod';

const schema = z.object({
  /** PORT: HTTP port of the GraphQL API. */
  port: z.coerce.number().int().min(0).max(65535).default(4000),
  /** NODE_ENV: "production" masks unexpected errors and disables introspection-only conveniences. */
  nodeEnv: z.enum(['development', 'production', 'test']).default('development'),
  /** LOG_LEVEL: pino level. */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** NEO4J_URI: an external Neo4j (bolt://, neo4j://, neo4j+s:// for Aura or clusters). Unset → local Neo4j. */
  neo4jUri: z.string().url().optional(),
  /** NEO4J_USER */
  neo4jUser: z.string().min(1).default('neo4j'),
  /** NEO4J_PASSWORD: also the password the local Neo4j is given. */
  neo4jPassword: z.string().min(8).default('convention-graph'),
  /** NEO4J_DATABASE: database name on the server; unset → the server's default database. */
  neo4jDatabase: z.string().min(1).optional(),
  /** NEO4J_BOLT_PORT: Bolt port of the local Neo4j. */
  localBoltPort: z.coerce.number().int().min(1).max(65535).default(7687),
  /** NEO4J_HOME: folder (gitignored) holding the local Neo4j's data, log and pid file. */
  localHome: z.string().default('.neo4j/main'),
  /** NEO4J_PAGECACHE_MB: page cache of the local Neo4j. */
  localPageCacheMb: z.coerce.number().int().min(16).default(512),
  /** NEO4J_HEAP_MB: Java heap of the local Neo4j. */
  localHeapMb: z.coerce.number().int().min(128).default(1024),
  /** NEO4J_START_TIMEOUT_S: how long to wait for the local Neo4j (first run includes the Maven download). */
  localStartTimeoutS: z.coerce.number().int().min(5).default(600),
  /** QUERY_TIMEOUT_MS: per-request timeout of the API, also the Neo4j transaction timeout. */
  queryTimeoutMs: z.coerce.number().int().min(100).default(10_000),
  /** NEO4J_CONNECT_TIMEOUT_MS: bound on opening one Bolt connection; raise it for a distant server. */
  connectTimeoutMs: z.coerce.number().int().min(100).default(1_000),
  /** INGEST_ON_START: "false" skips loading the bundled corpus on `npm start`. */
  ingestOnStart: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** GRAPHQL_JIT: "false" runs every document on the ordinary executor (src/compiled-execution.ts), for comparisons. */
  compileRepeatedQueries: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse({
    port: env.PORT,
    nodeEnv: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    neo4jUri: env.NEO4J_URI || undefined,
    neo4jUser: env.NEO4J_USER || undefined,
    neo4jPassword: env.NEO4J_PASSWORD || undefined,
    neo4jDatabase: env.NEO4J_DATABASE || undefined,
    localBoltPort: env.NEO4J_BOLT_PORT,
    localHome: env.NEO4J_HOME || undefined,
    localPageCacheMb: env.NEO4J_PAGECACHE_MB,
    localHeapMb: env.NEO4J_HEAP_MB,
    localStartTimeoutS: env.NEO4J_START_TIMEOUT_S,
    queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    connectTimeoutMs: env.NEO4J_CONNECT_TIMEOUT_MS,
    ingestOnStart: env.INGEST_ON_START,
    compileRepeatedQueries: env.GRAPHQL_JIT,
  });
  if (!parsed.success) {
    const names: Record<string, string> = {
      port: 'PORT',
      nodeEnv: 'NODE_ENV',
      logLevel: 'LOG_LEVEL',
      neo4jUri: 'NEO4J_URI',
      neo4jUser: 'NEO4J_USER',
      neo4jPassword: 'NEO4J_PASSWORD',
      neo4jDatabase: 'NEO4J_DATABASE',
      localBoltPort: 'NEO4J_BOLT_PORT',
      localHome: 'NEO4J_HOME',
      localPageCacheMb: 'NEO4J_PAGECACHE_MB',
      localHeapMb: 'NEO4J_HEAP_MB',
      localStartTimeoutS: 'NEO4J_START_TIMEOUT_S',
      queryTimeoutMs: 'QUERY_TIMEOUT_MS',
      connectTimeoutMs: 'NEO4J_CONNECT_TIMEOUT_MS',
      ingestOnStart: 'INGEST_ON_START',
      compileRepeatedQueries: 'GRAPHQL_JIT',
    };
    const problems = parsed.error.issues.map((i) => `${names[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
