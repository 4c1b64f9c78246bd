// Expected failures name the argument at fault; unexpected ones are masked; abusive queries are refused.
import { describe, expect, it } from 'vitest';
import { corpusGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const api = apiClient(graph);

const firstError = async (query: string, variables: Record<string, unknown> = {}) => {
  const body = await api.query(query, variables);
  expect(body.errors?.length).toBeGreaterThan(0);
  return body.errors![0]!;
};

describe('unknown names and bad arguments', () => {
  it.each([
    ['{ organization(name: "No Such Body Anywhere") { name } }', 'NOT_FOUND', 'name'],
    ['{ session(number: 99) { number } }', 'NOT_FOUND', 'number'],
    ['{ topic(name: "astrology") { name } }', 'NOT_FOUND', 'name'],
    ['{ instrument(key: "KYOTO") { name } }', 'NOT_FOUND', 'key'],
    [
      '{ events(filter: { organization: "No Such Body Anywhere" }) { totalCount } }',
      'NOT_FOUND',
      'filter.organization',
    ],
    ['{ events(filter: { topic: "astrology" }) { totalCount } }', 'NOT_FOUND', 'filter.topic'],
    ['{ events(filter: { role: LEAD }) { totalCount } }', 'BAD_USER_INPUT', 'filter.role'],
    ['{ events(filter: { from: "2024-10-16", to: "2024-10-14" }) { totalCount } }', 'BAD_USER_INPUT', 'filter.to'],
    ['{ events(first: 5000) { totalCount } }', 'BAD_USER_INPUT', 'first'],
    ['{ sessions(after: "not-a-cursor") { totalCount } }', 'BAD_USER_INPUT', 'after'],
    ['{ connectionPath(from: "UK", to: "UNODC", maxHops: 9) { hops } }', 'BAD_USER_INPUT', 'maxHops'],
    ['{ connectionPath(from: "Nobody At All", to: "UNODC") { hops } }', 'NOT_FOUND', 'from'],
    ['{ connectionPath(from: "UK", to: "Nobody At All") { hops } }', 'NOT_FOUND', 'to'],
    ['{ partnershipNetwork(minSharedEvents: 0) { edges { weight } } }', 'BAD_USER_INPUT', 'minSharedEvents'],
    [
      '{ organization(name: "UK") { partners(minSharedEvents: 0) { sharedEventCount } } }',
      'BAD_USER_INPUT',
      'minSharedEvents',
    ],
    ['{ search(text: "  ") { events { score } } }', 'BAD_USER_INPUT', 'text'],
    ['{ search(text: "crime", first: 1000) { events { score } } }', 'BAD_USER_INPUT', 'first'],
    ['{ session(number: 10) { topOrganizations(first: -1) { eventCount } } }', 'BAD_USER_INPUT', 'first'],
  ])('when asking %s, then the error is %s naming %s', async (query, code, argumentName) => {
    const error = await firstError(query);
    expect(error.extensions).toMatchObject({ code, argumentName });
    expect(error.message).not.toMatch(/MATCH|neo4j|Cypher/i);
  });

  it('when a date argument is not a date, then validation rejects it before anything runs', async () => {
    const error = await firstError('{ events(filter: { from: "12 October" }) { totalCount } }');
    expect(error.message).toContain('not a date');
  });
});

describe('guard rails', () => {
  it('when a query nests deeper than the limit, then it is refused', async () => {
    const deep =
      '{ sessions { nodes { events { nodes { organizers { organization { partners { organization { partners { organization { partners { organization { name } } } } } } } } } } } } }';
    const error = await firstError(deep);
    expect(error.message.toLowerCase()).toContain('depth');
  });

  it('when a query uses too many aliases, then it is refused', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: sessions { totalCount }`).join(' ');
    const error = await firstError(`{ ${aliases} }`);
    expect(error.message.toLowerCase()).toContain('alias');
  });

  it('when a query is too costly, then it is refused', async () => {
    // One of these is the round-trip test's query (cost ~55k, allowed); three of them ask for ~165k.
    const walk = `nodes { number events(first: 200) { nodes { title organizers { organization { name
      partners { organization { name } sessions { number } events { title } } } } topics { name } } } }`;
    const query = `{ ${Array.from({ length: 3 }, (_, i) => `s${i}: sessions { ${walk} }`).join(' ')} }`;
    const error = await firstError(query);
    expect(error.message.toLowerCase()).toMatch(/cost|token/);
  });

  it('when Neo4j fails unexpectedly, then the client sees a masked error without Cypher or stack', async () => {
    const broken = apiClient(
      Object.assign(Object.create(Object.getPrototypeOf(graph)), graph, {
        read: async () => {
          throw new Error('Neo.ClientError.Statement.SyntaxError: MATCH (o:Organization) WHERE o.key IN $keys');
        },
      }),
    );
    const body = await broken.query('{ sessions { totalCount } }');
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toMatch(/MATCH|stack|SyntaxError/);
  });

  it('when a request runs past the timeout, then it ends with a TIMEOUT error', async () => {
    const slow = apiClient(
      Object.assign(Object.create(Object.getPrototypeOf(graph)), graph, {
        read: () => new Promise((resolve) => setTimeout(() => resolve([]), 1_500)),
      }),
      { QUERY_TIMEOUT_MS: '200' },
    );
    const body = await slow.query('{ sessions { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
  });

  it('when /health is asked, then it reports Neo4j ready', async () => {
    const response = await api.yoga.fetch('http://localhost/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', neo4j: { reachable: true } });
  });
});
