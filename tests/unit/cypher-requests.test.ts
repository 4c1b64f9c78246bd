// The Cypher tier: what the argument-keyed loaders send to Neo4j, snapshotted so a change to a loader's query or
// to how a field's arguments become its request shows up in review. A recording Graph stands in for Neo4j
// (nothing is executed; tests/integration runs the same loaders against the real database).
import { describe, expect, it } from 'vitest';
import type { Graph, Row } from '../../src/graph/driver.js';
import { createLoaders } from '../../src/loaders/create-loaders.js';
import { cypherProperty, specialize, unspecialized } from '../../src/graph/cypher.js';

function recordingGraph() {
  const sent: { query: string; params: Row }[] = [];
  const graph = {
    queryCount: 0,
    read: async (query: string, params: Row = {}) => {
      sent.push({ query, params });
      return [];
    },
  } as unknown as Graph;
  return { graph, sent };
}

describe('argument-keyed loaders', () => {
  it('when partners are asked by several organizations with different arguments, then one query carries every request', async () => {
    const { graph, sent } = recordingGraph();
    const loaders = createLoaders(graph);
    const base = {
      kinds: null,
      sessions: null,
      topic: null,
      includeUnits: false,
      minSharedEvents: 1,
      eventProps: null,
      organizationProps: null,
    };
    await Promise.all([
      loaders.organizationPartners.load({ key: 'org:a', ...base, kinds: ['STATE'] }),
      loaders.organizationPartners.load({
        key: 'org:b',
        ...base,
        sessions: [10, 12],
        topic: 'FIREARMS',
        eventProps: ['title'],
        organizationProps: ['iso3', 'key', 'name'],
      }),
      loaders.organizationPartners.load({ key: 'org:a', ...base, kinds: ['STATE'] }), // same request: cached
      loaders.organizationPartners.load({ key: 'org:a', ...base, includeUnits: true, minSharedEvents: 2 }),
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchSnapshot();
  });

  it('when every partners request of a batch reads a few properties, then their union is written into the query', async () => {
    const { graph, sent } = recordingGraph();
    const loaders = createLoaders(graph);
    const request = {
      kinds: null,
      sessions: null,
      topic: null,
      includeUnits: false,
      minSharedEvents: 1,
    };
    await Promise.all([
      loaders.organizationPartners.load({
        key: 'org:a',
        ...request,
        eventProps: ['title'],
        organizationProps: ['key'],
      }),
      loaders.organizationPartners.load({
        key: 'org:b',
        ...request,
        eventProps: ['date'],
        organizationProps: ['key', 'name'],
      }),
    ]);
    expect(sent).toHaveLength(1);
    const { query, params } = sent[0]!;
    expect(query).toContain('/*partner values*/ [p.key, p.name] /*end*/');
    expect(query).toContain('/*event values*/ [e.title, e.date] /*end*/');
    expect(query).not.toContain('req.eventProps[0]');
    const requests = params.requests as { eventProps: string[]; organizationProps: string[] }[];
    expect(requests.map((r) => r.eventProps)).toEqual([
      ['title', 'date'],
      ['title', 'date'],
    ]);
  });

  it('when a marked expression is missing or a property name is no identifier, then specializing refuses', () => {
    expect(() => specialize('RETURN 1', { 'partner values': 'p.name' })).toThrow(/partner values/);
    expect(() => cypherProperty('name} RETURN 1 //')).toThrow(/no property name/);
    expect(specialize('RETURN /*v*/ x /*end*/ AS v', { v: 'p.name' })).toBe('RETURN /*v*/ p.name /*end*/ AS v');
    expect(unspecialized('RETURN /*v*/ p.name /*end*/ AS v')).toBe(unspecialized('RETURN /*v*/ x /*end*/ AS v'));
  });

  it('when nested lists are paged, then each request carries its window', async () => {
    const { graph, sent } = recordingGraph();
    const loaders = createLoaders(graph);
    const pages = await Promise.all([
      loaders.organizationEvents.load({ key: 'org:a', role: 'LEAD', sessions: [12], offset: 0, end: 51 }),
      loaders.organizationEvents.load({ key: 'org:b', role: null, sessions: null, offset: 10, end: null }),
    ]);
    expect(pages).toEqual([
      { total: 0, offset: 0, page: [] },
      { total: 0, offset: 10, page: [] },
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchSnapshot();
  });

  it('when a session ranks its organizations, then kind and first travel in the request', async () => {
    const { graph, sent } = recordingGraph();
    const loaders = createLoaders(graph);
    await Promise.all([
      loaders.sessionOrganizations.load({ key: 12, kind: 'STATE', first: 3 }),
      loaders.sessionOrganizations.load({ key: 10, kind: null, first: 10 }),
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchSnapshot();
  });

  it('when a topic trend is asked, then the query counts only sessions that have a programme', async () => {
    const { graph, sent } = recordingGraph();
    await createLoaders(graph).topicTrend.load({ key: 'FIREARMS' });
    expect(sent[0]!.query).toContain("d.kind = 'programme'");
    expect(sent[0]).toMatchSnapshot();
  });

  it('when a batch query fails, then every key of the batch rejects (no null that would read as "not found")', async () => {
    const graph = {
      read: async () => {
        throw new Error('Neo4j unreachable');
      },
    } as unknown as Graph;
    const loaders = createLoaders(graph);
    await expect(loaders.organization.load('org:a')).rejects.toThrow('Neo4j unreachable');
    await expect(loaders.topicByName.load('firearms')).rejects.toThrow('Neo4j unreachable');
    await expect(
      loaders.organizationEvents.load({ key: 'org:a', role: null, sessions: null, offset: 0, end: 51 }),
    ).rejects.toThrow('Neo4j unreachable');
  });
});
