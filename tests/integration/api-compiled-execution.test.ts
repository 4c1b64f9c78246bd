// Compiled execution (src/compiled-execution.ts) against the real schema and the ingested corpus: from its
// second execution a document runs compiled (graphql-jit), and must answer byte for byte what graphql-js
// answers, with the server's bounds (timeout, masked errors) in force either way.
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleOperations } from '../../src/operations.js';
import { corpusGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const compiled = apiClient(graph);
const interpreted = apiClient(graph, { GRAPHQL_JIT: 'false' });

const asked = [
  ...exampleOperations().map((op) => ({ name: op.name, document: op.document, variables: op.variables ?? {} })),
  { name: 'GraphiQL introspection', document: getIntrospectionQuery(), variables: {} },
  {
    name: 'errors inside lists (unknown organization names)',
    document: '{ a: organization(name: "GI-TOC") { name } b: organization(name: "No Such Body") { name } }',
    variables: {},
  },
];

describe('compiled execution on the API', () => {
  it.each(asked)('when "$name" is asked again, then the compiled answer is graphql-js\' answer', async (q) => {
    const reference = await interpreted.query(q.document, q.variables);
    const first = await compiled.query(q.document, q.variables);
    const second = await compiled.query(q.document, q.variables); // the compiled run
    expect(JSON.stringify(first)).toBe(JSON.stringify(reference));
    expect(JSON.stringify(second)).toBe(JSON.stringify(reference));
  });

  const withGraph = (read: () => Promise<unknown>, env: Record<string, string> = {}) =>
    apiClient(Object.assign(Object.create(Object.getPrototypeOf(graph)), graph, { read }), env);

  it('when a compiled request runs past the timeout, then it still ends with a TIMEOUT error', async () => {
    const slow = withGraph(() => new Promise((resolve) => setTimeout(() => resolve([]), 1_500)), {
      QUERY_TIMEOUT_MS: '200',
    });
    for (let run = 1; run <= 2; run += 1) {
      const body = await slow.query('{ sessions { totalCount } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    }
  });

  it('when a compiled request meets an unexpected failure, then the client still gets only the masked message', async () => {
    const broken = withGraph(async () => {
      throw new Error('Neo.ClientError.Statement.SyntaxError: MATCH (o:Organization) WHERE o.key IN $keys');
    });
    for (let run = 1; run <= 2; run += 1) {
      const body = await broken.query('{ sessions { totalCount } }');
      expect(body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(body)).not.toMatch(/MATCH|stack|SyntaxError/);
    }
  });
});
