// Oversized and hostile inputs get a bounded, specific answer: long strings, too many search terms, huge
// bodies, deep introspection; and Neo4j's own errors (a real Lucene refusal) never reach a client.
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getIntrospectionQuery, getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypher.js';
import { DatabaseError } from '../../src/graph/errors.js';
import type { Graph } from '../../src/graph/driver.js';
import { DEFAULT_MAX_LENGTH, limitFor, STRING_LIMITS } from '../../src/limits/input-lengths.js';
import { schema } from '../../src/schema/index.js';
import { LIMITS } from '../../src/server.js';
import { emptyGraph, testGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

/** Internals a client must never see: Java classes, procedure names, Cypher, file paths. */
const INTERNALS = /java|lucene|TooManyClauses|db\.index|fulltext|CALL |MATCH |YIELD|\.cypher|\/work\/|node_modules/i;

const STRING_SCALARS = new Set(['String', 'ID']);

describe('bounded inputs', () => {
  let graph: Graph;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
    api = apiClient(graph);
  });
  afterAll(() => graph.close());

  it('when search text is 1 MB (as a variable), then it is refused naming the argument and its maximum', async () => {
    const body = await api.query('query ($t: String!) { search(text: $t) { events { score } } }', {
      t: 'trafficking '.repeat(4_000).slice(0, 40_000),
    });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'text',
      maxLength: 200,
    });
    expect(body.errors?.[0]?.message).toMatch(/at most 200/);
  });

  it('when one document is sent again with other variables, then each request is checked with its own', async () => {
    const document = 'query ($f: EventFilter) { events(filter: $f) { totalCount } }';
    const fits = await api.query(document, { f: { text: 'firearms' } });
    expect(fits.errors).toBeUndefined();
    const tooLong = await api.query(document, { f: { text: 'x'.repeat(201) } });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', coordinate: 'EventFilter.text' });
    const fitsAgain = await api.query(document, { f: { text: 'crime' } });
    expect(fitsAgain.errors).toBeUndefined();
  });

  it('when search text has more terms than allowed, then it is refused with the number of words', async () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    const body = await api.query(`{ search(text: "${words}") { events { score } } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text', maxTerms: 16 });
    expect(body.errors?.[0]?.message).toMatch(/30 words; at most 16/);
  });

  it('when every root String or ID argument gets one character too many, then each is refused by the central rule', async () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    const checked: string[] = [];
    for (const field of fields) {
      for (const arg of field.args) {
        if (!STRING_SCALARS.has(getNamedType(arg.type).name)) continue;
        const coordinate = `Query.${field.name}(${arg.name}:)`;
        const max = limitFor(coordinate).maxLength;
        const value = 'x'.repeat(max + 1);
        const isList = String(arg.type).startsWith('[');
        const selection = field.type
          .toString()
          .replace(/[[\]!]/g, '')
          .match(/^(String|Int|Boolean|ID|Float)$/)
          ? ''
          : '{ __typename }';
        // Other required arguments get a harmless literal, so only the long one can be refused.
        const others = field.args
          .filter((a) => a !== arg && String(a.type).endsWith('!'))
          .map((a) => `${a.name}: ${getNamedType(a.type).name === 'Int' ? '1' : '"x"'}`);
        const body = await api.query(
          `query ($v: ${String(arg.type)}) { ${field.name}(${[`${arg.name}: $v`, ...others].join(', ')}) ${selection} }`,
          { v: isList ? [value] : value },
        );
        expect(body.errors?.[0]?.extensions, coordinate).toMatchObject({ code: 'BAD_USER_INPUT', coordinate });
        checked.push(coordinate);
      }
    }
    expect(checked).toContain('Query.search(text:)');
    expect(checked).toContain('Query.organization(name:)');
    expect(checked.length).toBeGreaterThanOrEqual(8);
  });

  it('when a string inside an input object or a nested connection cursor is too long, then it is refused too', async () => {
    const long = 'x'.repeat(DEFAULT_MAX_LENGTH + 1);
    const filter = await api.query('query ($f: EventFilter) { events(filter: $f) { totalCount } }', {
      f: { organization: long },
    });
    expect(filter.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      coordinate: 'EventFilter.organization',
    });
    const cursor = await api.query(`{ sessions { nodes { events(after: "${long}") { totalCount } } } }`);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      coordinate: 'Session.events(after:)',
    });
  });

  it('when every string input of the schema is looked up, then it has a finite documented maximum', () => {
    const coordinates: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields()))
          if (STRING_SCALARS.has(getNamedType(f.type as GraphQLInputType).name))
            coordinates.push(`${type.name}.${f.name}`);
      } else if ('getFields' in type) {
        for (const f of Object.values(type.getFields()))
          for (const a of 'args' in f ? f.args : [])
            if (STRING_SCALARS.has(getNamedType(a.type).name)) coordinates.push(`${type.name}.${f.name}(${a.name}:)`);
      }
    }
    expect(coordinates.length).toBeGreaterThan(10);
    for (const c of coordinates) expect(limitFor(c).maxLength, c).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    // The table names only coordinates that exist (a renamed argument would silently fall back to the default).
    for (const c of Object.keys(STRING_LIMITS)) expect(coordinates).toContain(c);
  });

  it('when a request body is over the limit (10 MB), then it gets 413 without being parsed', async () => {
    const response = await api.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(text: "${'a'.repeat(10_000_000)}") { events { score } } }` }),
    });
    expect(response.status).toBe(413);
    const small = await api.query('{ sessions { totalCount } }');
    expect(small.data).toEqual({ sessions: { totalCount: 0 } });
    expect(LIMITS.maxBodyBytes).toBeLessThan(1_000_000);
  });

  it('when Content-Length declares more than the limit, or is malformed, then 413 / 400 before the body is read', async () => {
    const post = (contentLength: string) =>
      api.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': contentLength },
        body: JSON.stringify({ query: '{ sessions { totalCount } }' }),
      });
    expect((await post(String(LIMITS.maxBodyBytes + 1))).status).toBe(413);
    expect((await post('5, 5')).status).toBe(400);
    expect((await post('-1')).status).toBe(400);
    // A declared length within the limit is the whole check: the request is answered.
    const ok = await post(String(JSON.stringify({ query: '{ sessions { totalCount } }' }).length));
    expect(await ok.json()).toEqual({ data: { sessions: { totalCount: 0 } } });
  });

  it('when a body over the limit comes over HTTP, declared or chunked, then it gets 413; within it, an answer', async () => {
    const server = createHttpServer(api.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const send = (body: string, chunked: boolean) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': Buffer.byteLength(body) }),
            },
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
          },
        );
        // The server may answer 413 and close before the whole body is written.
        request.on('error', reject);
        if (chunked) for (let i = 0; i < body.length; i += 16_384) request.write(body.slice(i, i + 16_384));
        else request.write(body);
        request.end();
      });
    try {
      const big = JSON.stringify({
        query: `{ search(text: "${'a'.repeat(LIMITS.maxBodyBytes)}") { events { score } } }`,
      });
      expect((await send(big, false)).status).toBe(413);
      expect((await send(big, true)).status).toBe(413);
      const small = JSON.stringify({ query: '{ sessions { totalCount } }' });
      for (const chunked of [false, true]) {
        const answer = await send(small, chunked);
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.text)).toEqual({ data: { sessions: { totalCount: 0 } } });
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('when introspection nests ofType 15 deep through a fragment, then the depth limit refuses it', async () => {
    const nested = (n: number): string => (n === 0 ? 'name' : `name ofType { ${nested(n - 1)} }`);
    const body = await api.query(`{ __schema { types { ...F } } } fragment F on __Type { ${nested(15)} }`);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("when GraphiQL's own introspection query comes, then it is answered", async () => {
    const body = await api.query(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.length).toBeGreaterThan(20);
  });

  it('when Lucene refuses a query, then the boundary turns it into DATABASE_ERROR without internals, in every NODE_ENV', async () => {
    await graph.run('CREATE FULLTEXT INDEX eventText IF NOT EXISTS FOR (e:Event) ON EACH [e.title, e.description]');
    await graph.run('CALL db.awaitIndexes(300)');
    // 2000 terms: more than Lucene's 1024 clauses. The API's limits stop this earlier; here it reaches Neo4j.
    const huge = Array.from({ length: 2_000 }, (_, i) => `t${i}`).join(' ');
    const direct = await graph.read(cypher('read/search-events'), { query: huge, limit: 5 }).catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(DatabaseError);
    expect((direct as DatabaseError).extensions.code).toBe('DATABASE_ERROR');
    expect(String((direct as DatabaseError).cause)).toMatch(/TooManyClauses|maxClauseCount/);

    const searching = Object.assign(Object.create(Object.getPrototypeOf(graph)), graph, {
      read: (query: string, params: Record<string, unknown>) => graph.read(query, { ...params, query: huge }),
    }) as Graph;
    for (const NODE_ENV of ['development', 'production', 'test']) {
      const body = await apiClient(searching, { NODE_ENV }).query(
        '{ search(text: "trafficking") { events { score } } }',
      );
      expect(body.errors?.[0]?.extensions?.code, NODE_ENV).toBe('DATABASE_ERROR');
      expect(JSON.stringify(body), NODE_ENV).not.toMatch(INTERNALS);
    }
  });
});
