// In-process GraphQL client for the API tests: the real yoga server over the test Neo4j, no port opened.
import type { Graph } from '../../src/graph/driver.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export function apiClient(graph: Graph, env: Record<string, string> = {}) {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const yoga = createServer({ graph, config, logger: createLogger('silent') });
  return {
    yoga,
    /** POSTs one operation and returns the parsed body. */
    async query<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    /** Like query, but fails the test on any error, and returns data. */
    async data<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const body = await this.query<T>(query, variables);
      if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    },
  };
}
