// The export writers, read back by real parsers: every node and edge with its attributes survives, names
// that need escaping included, and a large network comes out in many chunks.
import { describe, expect, it } from 'vitest';
import { ROWS_PER_CHUNK } from '../../../src/export/chunks.js';
import { edgesCsvChunks, nodesCsvChunks } from '../../../src/export/csv.js';
import { gexfChunks } from '../../../src/export/gexf.js';
import { graphmlChunks } from '../../../src/export/graphml.js';
import type { ExportNetwork } from '../../../src/export/network.js';
import { readCsv, readGexf, readGraphml } from '../../setup/parse-exports.js';

const network: ExportNetwork = {
  filter: { sessions: [10, 12], kinds: null, minSharedEvents: 1 },
  nodes: [
    { key: 'state:MEX', name: 'Mexico', kind: 'STATE', iso3: 'MEX', events: 7 },
    { key: 'org:a-b', name: 'Friends of "A" & <B>, Côte d’Ivoire', kind: 'NGO', iso3: null, events: 2 },
    { key: 'org:unodc', name: 'UNODC', kind: 'UN', iso3: null, events: 40 },
  ],
  edges: [
    { source: 'org:a-b', target: 'state:MEX', weight: 2, sessions: [10, 12] },
    { source: 'org:unodc', target: 'state:MEX', weight: 5, sessions: [12] },
  ],
};

const text = (chunks: Iterable<string>) => [...chunks].join('');

describe('GraphML export', () => {
  it('when read by graphology-graphml, then nodes, edges and their attributes are all there', () => {
    const graph = readGraphml(text(graphmlChunks(network)));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.type).not.toBe('directed');
    expect(graph.getNodeAttributes('org:a-b')).toMatchObject({
      name: 'Friends of "A" & <B>, Côte d’Ivoire',
      kind: 'NGO',
      events: 2,
    });
    expect(graph.getNodeAttribute('state:MEX', 'iso3')).toBe('MEX');
    const edge = graph.edge('org:unodc', 'state:MEX')!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ weight: 5, sessions: '12' });
  });
});

describe('GEXF export', () => {
  it('when read by graphology-gexf, then labels, attributes, weights and kind colours are there', () => {
    const graph = readGexf(text(gexfChunks(network, new Date('2026-12-01'))));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('org:a-b')).toMatchObject({
      label: 'Friends of "A" & <B>, Côte d’Ivoire',
      kind: 'NGO',
    });
    expect(graph.getNodeAttribute('org:unodc', 'events')).toBe(40);
    expect(graph.getNodeAttribute('state:MEX', 'color')).toBe('rgb(0,114,178)');
    const edge = graph.edge('org:a-b', 'state:MEX')!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ weight: 2, sessions: '10;12' });
  });
});

describe('CSV export', () => {
  it('when read by csv-parse, then names with quotes and commas come back whole', () => {
    const nodes = readCsv(text(nodesCsvChunks(network)));
    expect(nodes).toHaveLength(3);
    expect(nodes[1]).toEqual({
      key: 'org:a-b',
      name: 'Friends of "A" & <B>, Côte d’Ivoire',
      kind: 'NGO',
      iso3: '',
      events: '2',
    });
    const edges = readCsv(text(edgesCsvChunks(network)));
    expect(edges).toEqual([
      { source: 'org:a-b', target: 'state:MEX', weight: '2', sessions: '10;12' },
      { source: 'org:unodc', target: 'state:MEX', weight: '5', sessions: '12' },
    ]);
  });
});

describe('streaming', () => {
  const big: ExportNetwork = {
    filter: { sessions: null, kinds: null, minSharedEvents: 1 },
    nodes: Array.from({ length: 10_000 }, (_, i) => ({
      key: `org:${i}`,
      name: `Org ${i}`,
      kind: 'NGO',
      iso3: null,
      events: 1,
    })),
    edges: Array.from({ length: 9_999 }, (_, i) => ({
      source: `org:${i}`,
      target: `org:${i + 1}`,
      weight: 1,
      sessions: [12],
    })),
  };

  it('when a network has 10,000 nodes, then every format comes out in chunks of about ROWS_PER_CHUNK rows', () => {
    const expected = Math.floor((big.nodes.length + big.edges.length) / ROWS_PER_CHUNK);
    for (const chunks of [graphmlChunks(big), gexfChunks(big)]) {
      const all = [...chunks];
      expect(all.length).toBeGreaterThanOrEqual(expected);
      expect(Math.max(...all.map((c) => c.length))).toBeLessThan(200_000);
    }
    expect([...nodesCsvChunks(big)].length).toBe(1 + big.nodes.length / ROWS_PER_CHUNK);
    expect(text(gexfChunks(big)).match(/<node /g)).toHaveLength(10_000);
  }, 30_000);
});
