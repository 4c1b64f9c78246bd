// An outage never looks like an answer: a failing database is an error, never null, [] or NOT_FOUND. Only an
// id or name the graph does not hold is null / NOT_FOUND.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { corpusGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const api = apiClient(graph);

/** The real graph, except that every read fails the way a dropped connection does. */
function failingGraph(): Graph {
  return Object.assign(Object.create(Object.getPrototypeOf(graph)), graph, {
    read: async () => {
      throw Object.assign(new Error('Connection was closed by server'), { code: 'ServiceUnavailable' });
    },
  });
}

describe('when Neo4j fails', () => {
  const broken = apiClient(failingGraph());

  it('when node(id:) is asked during an outage, then it errors instead of answering null', async () => {
    const { organization } = await api.data('{ organization(name: "UNODC") { id } }');
    const body = await broken.query('query($id: ID!) { node(id: $id) { id } }', { id: organization.id });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data?.node ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).not.toBe('NOT_FOUND');
  });

  it('when an organization is named during an outage, then it errors, not NOT_FOUND', async () => {
    const body = await broken.query('{ organization(name: "UNODC") { name } }');
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors?.[0]?.extensions?.code).not.toBe('NOT_FOUND');
  });

  it('when a topic argument is resolved during an outage, then it errors, not BAD_USER_INPUT', async () => {
    const body = await broken.query('{ partnershipNetwork(topic: "firearms") { edges { weight } } }');
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors?.[0]?.extensions?.code).not.toBe('BAD_USER_INPUT');
  });
});

describe('when the graph answers', () => {
  it('when node(id:) names something the graph does not hold, then it is null (Relay: no such node)', async () => {
    const missing = Buffer.from('Organization:org:nothing-like-this').toString('base64');
    const body = await api.query('query($id: ID!) { node(id: $id) { id } }', { id: missing });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ node: null });
  });

  it('when nodes(ids:) mixes a known and an unknown id, then only the unknown one is null', async () => {
    const { session } = await api.data('{ session(number: 12) { id } }');
    const missing = Buffer.from('Session:99').toString('base64');
    const { nodes } = await api.data('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Session { number } } }', {
      ids: [session.id, missing],
    });
    expect(nodes).toEqual([{ number: 12 }, null]);
  });
});
