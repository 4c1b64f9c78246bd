// Builds the HTTP handler (graphql-yoga): GraphQL on /graphql, readiness on /health, the Explorer and exports.
// Building is separate from listening (src/main.ts), so tests call `server.fetch` in-process.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, MaxIntrospectionDepthRule } from 'graphql';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { compiledExecution } from './compiled-execution.js';
import { createOrganizationResolver } from './domain/organizations.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import type { Graph } from './graph/driver.js';
import { DatabaseError, internalMessage } from './graph/errors.js';
import { inputLengthLimits } from './limits/input-lengths.js';
import { requestBodyLimit } from './limits/request-body.js';
import type { Logger } from './logger.js';
import { exampleOperations } from './operations.js';
import { schema } from './schema/index.js';
import { renderLocalGraphiQL } from './web/graphiql.js';
import { webRoutes } from './web/routes.js';

export interface ServerDeps {
  graph: Graph;
  config: Config;
  logger: Logger;
}

/**
 * Limits sized for the saved operations (the deepest, sessions → events → organizers → partners → events,
 * is 9 levels) with room to spare; anything far beyond them is a mistake or an attack.
 */
export const LIMITS = {
  maxDepth: 12,
  /**
   * Introspection (`__schema`) is exempt from maxDepth so GraphiQL works, which let `ofType` chains of any
   * depth through (GHSA-224p-v68g-5g8f). A second depth rule counts it too, fragments flattened: graphql-js'
   * own introspection query (GraphiQL's) is 15 deep that way, nothing legitimate goes deeper.
   */
  maxIntrospectionDepth: 15,
  maxCost: 100_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Bytes; larger request bodies get 413 (the longest saved operation is ~1 kB, GraphiQL's introspection ~2 kB). */
  maxBodyBytes: 100_000,
} as const;

export function createServer({ graph, config, logger }: ServerDeps): YogaServerInstance<object, Context> {
  // Built once: it reads the alias file, and only answers lookups afterwards.
  const organizationNames = createOrganizationResolver();
  const production = config.nodeEnv === 'production';
  const operations = exampleOperations();
  // Requests fail fast while Neo4j is down, and work again as soon as the probe sees it back.
  graph.monitor();
  graph.availability.onChange((state) =>
    state.up ? logger.info('Neo4j is available again') : logger.warn(`Neo4j unavailable: ${state.reason}`),
  );
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    // Yoga answers its own (empty) liveness check on /health by default, before our readiness plugin runs.
    healthCheckEndpoint: '/health/live',
    logging: logger,
    // Expected errors are GraphQLErrors (Neo4j failures become typed ones in src/graph/errors.ts) and pass
    // through; anything else becomes "Unexpected error." in every NODE_ENV (isDev would add the original
    // message and stack, with file paths), and is logged here in full instead.
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        if (masked !== error) {
          logger.error({ err: (error as { originalError?: unknown }).originalError ?? error }, 'unexpected error');
        }
        return masked;
      },
    },
    // Our own bound (src/limits/request-body.ts): yoga's counts every body through a stream.
    maxRequestBodySize: false,
    context: () => createContext({ graph, organizationNames }),
    graphiql: {
      title: 'convention-graph',
      defaultQuery: operations.map((op) => op.document).join('\n'),
      defaultTabs: operations.map((op) => ({ query: op.document, variables: op.variables })),
    },
    // GraphiQL's assets come from the app, not a CDN (src/web/graphiql.ts).
    renderGraphiQL: renderLocalGraphiQL,
    plugins: [
      // First among the execute hooks: requestTimeout below wraps whichever executor this one chose.
      ...(config.compileRepeatedQueries ? [compiledExecution()] : []),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        costLimit: { maxCost: LIMITS.maxCost },
        maxAliases: { n: LIMITS.maxAliases },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: LIMITS.maxDirectives },
        // Suggestions ("did you mean …") reveal the schema; keep them while developing only.
        blockFieldSuggestion: { enabled: production },
      }),
      introspectionDepth(),
      requestBodyLimit(LIMITS.maxBodyBytes),
      inputLengthLimits(),
      logDatabaseErrors(logger),
      requestTimeout(config.queryTimeoutMs),
      // The Explorer at / and the exports under /export/ (src/web/routes.ts).
      webRoutes(),
      {
        // GET /health → { status, neo4j: { reachable, version, edition } }; 503 with the reason when Neo4j does
        // not answer within a second (down, frozen, refusing credentials). /health/live never touches Neo4j.
        async onRequest({ url, endResponse, fetchAPI }) {
          if (url.pathname !== '/health') return;
          const body = await health(graph);
          endResponse(
            new fetchAPI.Response(JSON.stringify(body), {
              status: body.status === 'ok' ? 200 : 503,
              headers: { 'content-type': 'application/json' },
            }),
          );
        },
      },
    ],
  });
}

/** Clients get fixed text for Neo4j failures; the server log gets what Neo4j said (outages log once, on change). */
function logDatabaseErrors(logger: Logger): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result }) {
        if (!('errors' in result)) return;
        for (const error of result.errors ?? []) {
          const original = error.originalError;
          if (original instanceof DatabaseError && original.code !== 'DATABASE_UNAVAILABLE') {
            logger.error(
              { err: original.cause, path: error.path?.join('.') },
              `${original.code}: ${internalMessage(original)}`,
            );
          }
        }
      },
    }),
  };
}

/** The depth rule that introspection does not escape (LIMITS.maxIntrospectionDepth). */
function introspectionDepth(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(
        maxDepthRule({ n: LIMITS.maxIntrospectionDepth, ignoreIntrospection: false, flattenFragments: true }),
      );
      // graphql-js' recommended bound on nested lists (fields → type → fields …) inside introspection.
      addValidationRule(MaxIntrospectionDepthRule);
    },
  };
}

/**
 * Gives up on an execution after `ms` with a TIMEOUT error. Neo4j enforces the same limit on each
 * transaction (Graph's tx timeout), so abandoned queries do not keep running on the server either.
 */
function requestTimeout(ms: number): Plugin {
  const timedOut = () => ({
    errors: [new GraphQLError(`The request took longer than ${ms} ms.`, { extensions: { code: 'TIMEOUT' } })],
  });
  return {
    onExecute({ executeFn, setExecuteFn }) {
      // One promise settled by whichever comes first (cheaper per request than an async wrapper and a race).
      setExecuteFn(
        (args) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => resolve(timedOut()), ms);
            Promise.resolve(executeFn(args)).then(
              (result) => {
                clearTimeout(timer);
                resolve(result);
              },
              (error: unknown) => {
                clearTimeout(timer);
                reject(error);
              },
            );
          }),
      );
    },
  };
}

async function health(graph: Graph) {
  const state = await graph.health();
  return state.up
    ? { status: 'ok', neo4j: { reachable: true, version: state.version, edition: state.edition } }
    : { status: 'unavailable', neo4j: { reachable: false, error: state.reason } };
}
