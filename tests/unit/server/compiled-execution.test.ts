// src/compiled-execution.ts: a document runs on graphql-js the first time and compiled (graphql-jit) from its
// second execution; one-off documents are never compiled; a document that cannot be compiled still answers.
import { GraphQLError } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { compiledExecution } from '../../../src/compiled-execution.js';

const sessions = [
  { number: 6, year: 2012 },
  { number: 10, year: 2020 },
  { number: 12, year: 2024 },
];
const schema = createSchema({
  typeDefs: `
    type Query { sessions(first: Int): [Session!]! missing: String }
    type Session { number: Int! year: Int! }
  `,
  resolvers: {
    Query: {
      sessions: (_: unknown, { first }: { first?: number }) => sessions.slice(0, first ?? 3),
      missing: () => {
        throw new GraphQLError('No such thing.', { extensions: { code: 'NOT_FOUND' } });
      },
    },
  },
});

function server(compile: typeof compileQuery, { jit = true } = {}) {
  const compiled: string[] = [];
  const yoga = createYoga({
    schema,
    logging: false,
    plugins: jit
      ? [
          compiledExecution({
            compile: ((s, document, operationName) => {
              compiled.push(operationName ?? '(anonymous)');
              return compile(s, document, operationName);
            }) as typeof compileQuery,
          }),
        ]
      : [],
  });
  let raw = '';
  const ask = async (query: string, extra: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, ...extra }),
    });
    return JSON.parse((raw = await response.text()));
  };
  return { ask, compiled, text: () => raw };
}

describe('compiled execution', () => {
  it('when a document is asked three times, then it is compiled once, on the second, and all answers agree', async () => {
    const { ask, compiled } = server(compileQuery);
    const query = '{ sessions(first: 2) { number year } }';
    const first = await ask(query);
    expect(compiled).toEqual([]);
    const second = await ask(query);
    const third = await ask(query);
    expect(compiled).toEqual(['(anonymous)']);
    expect(first).toEqual({
      data: {
        sessions: [
          { number: 6, year: 2012 },
          { number: 10, year: 2020 },
        ],
      },
    });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('when twenty different documents are each asked once, then none is compiled', async () => {
    const { ask, compiled } = server(compileQuery);
    for (let n = 1; n <= 20; n += 1) await ask(`{ sessions(first: ${n}) { number } }`);
    expect(compiled).toEqual([]);
  });

  it('when one document holds two operations, then each is compiled for itself and answers its own fields', async () => {
    const { ask, compiled } = server(compileQuery);
    const query = 'query Numbers { sessions { number } } query Years($n: Int) { sessions(first: $n) { year } }';
    for (let round = 0; round < 2; round += 1) {
      expect(await ask(query, { operationName: 'Numbers' })).toEqual({
        data: { sessions: [{ number: 6 }, { number: 10 }, { number: 12 }] },
      });
      expect(await ask(query, { operationName: 'Years', variables: { n: 1 } })).toEqual({
        data: { sessions: [{ year: 2012 }] },
      });
    }
    expect(compiled.sort()).toEqual(['Numbers', 'Years']);
  });

  it('when the compiler fails or throws, then the ordinary executor answers, every time', async () => {
    const failing = server((() => ({ errors: [] })) as unknown as typeof compileQuery);
    const throwing = server(() => {
      throw new Error('cannot compile');
    });
    for (const { ask, compiled } of [failing, throwing]) {
      const query = '{ sessions(first: 1) { number } }';
      for (let i = 0; i < 3; i += 1) expect(await ask(query)).toEqual({ data: { sessions: [{ number: 6 }] } });
      expect(compiled).toHaveLength(1);
    }
  });

  it("when a compiled field fails on a later line, then the error text is graphql-js' own, locations and key order too", async () => {
    const query = '{\r\n  sessions(first: 1) { number }\n\n    missing\r  a: missing\n}';
    const jit = server(compileQuery);
    const plain = server(compileQuery, { jit: false });
    await plain.ask(query);
    await jit.ask(query);
    await jit.ask(query); // compiled
    expect(jit.compiled).toHaveLength(1);
    expect(plain.text()).toContain('"locations":[{"line":4,"column":5}]');
    expect(plain.text()).toContain('"locations":[{"line":5,"column":3}]');
    expect(jit.text()).toBe(plain.text());
  });
});
