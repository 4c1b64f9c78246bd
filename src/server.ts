// Builds the HTTP handler (graphql-yoga): GraphQL on /graphql, readiness on /health.
// Building is separate from listening (src/main.ts), so tests call `server.fetch` in-process.
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Graph } from './graph/driver.js';
import type { Logger } from './logger.js';
import { schema } from './schema/index.js';

export interface ServerDeps {
  graph: Graph;
  config: Config;
  logger: Logger;
}

export function createServer({ graph, config, logger }: ServerDeps): YogaServerInstance<object, object> {
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    logging: logger,
    maskedErrors: config.nodeEnv !== 'development',
    plugins: [
      {
        // GET /health → { status, neo4j: { reachable, version, edition } }; 503 when Neo4j does not answer.
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

async function health(graph: Graph) {
  try {
    const info = await graph.serverInfo();
    return { status: 'ok', neo4j: { reachable: true, version: info.version, edition: info.edition } };
  } catch (error) {
    return { status: 'unavailable', neo4j: { reachable: false, error: (error as Error).message } };
  }
}
