// GraphML (Gephi, Cytoscape desktop, yEd, NetworkX, igraph): written element by element with xmlbuilder2's
// callback builder, which escapes text and attributes and serializes as it goes.
import { createCB } from 'xmlbuilder2';
import { chunked } from './chunks.js';
import { describeFilter, type ExportNetwork } from './network.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** The declared attributes: `label` is what Gephi and yEd show on a node; `weight` is Gephi's edge weight. */
const NODE_KEYS = [
  { id: 'label', type: 'string' },
  { id: 'name', type: 'string' },
  { id: 'kind', type: 'string' },
  { id: 'iso3', type: 'string' },
  { id: 'events', type: 'int' },
] as const;
const EDGE_KEYS = [
  { id: 'weight', type: 'int' },
  { id: 'sessions', type: 'string' },
] as const;

export function graphmlChunks(network: ExportNetwork): Generator<string> {
  return chunked(function* (emit) {
    const xml = createCB({ data: emit, prettyPrint: true });
    xml.dec({ version: '1.0', encoding: 'UTF-8' });
    xml.ele(GRAPHML_NS, 'graphml');
    xml.com(` convention-graph partnership network: ${describeFilter(network.filter)} `);
    for (const key of NODE_KEYS) {
      xml.ele('key', { id: key.id, for: 'node', 'attr.name': key.id, 'attr.type': key.type }).up();
    }
    for (const key of EDGE_KEYS) {
      xml.ele('key', { id: key.id, for: 'edge', 'attr.name': key.id, 'attr.type': key.type }).up();
    }
    xml.ele('graph', { id: 'partnerships', edgedefault: 'undirected' });
    for (const node of network.nodes) {
      xml.ele('node', { id: node.key });
      data(xml, 'label', node.name);
      data(xml, 'name', node.name);
      data(xml, 'kind', node.kind);
      if (node.iso3) data(xml, 'iso3', node.iso3);
      data(xml, 'events', String(node.events));
      xml.up();
      yield;
    }
    let index = 0;
    for (const edge of network.edges) {
      xml.ele('edge', { id: `e${index++}`, source: edge.source, target: edge.target });
      data(xml, 'weight', String(edge.weight));
      data(xml, 'sessions', edge.sessions.join(';'));
      xml.up();
      yield;
    }
    xml.up().up().end();
  });
}

function data(xml: ReturnType<typeof createCB>, key: string, value: string): void {
  xml.ele('data', { key }).txt(value).up();
}
