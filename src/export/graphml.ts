// GraphML (Gephi, Cytoscape desktop, yEd, NetworkX, igraph). `label` is what Gephi and yEd show on a node;
// `weight` is read by Gephi as the edge weight.
import { describeFilter, type ExportEdge, type ExportNetwork, type ExportNode } from './network.js';
import { rows, slot, xmlChunks, type XmlObject } from './xml.js';

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

const data = (key: string, value: string | number) => ({ '@_key': key, '#text': String(value) });

function nodeXml(node: ExportNode): XmlObject {
  return {
    '@_id': node.key,
    data: [
      data('label', node.name),
      data('name', node.name),
      data('kind', node.kind),
      ...(node.iso3 ? [data('iso3', node.iso3)] : []),
      data('events', node.events),
    ],
  };
}

function edgeXml(edge: ExportEdge, index: number): XmlObject {
  return {
    '@_id': `e${index}`,
    '@_source': edge.source,
    '@_target': edge.target,
    data: [data('weight', edge.weight), data('sessions', edge.sessions.join(';'))],
  };
}

export function graphmlChunks(network: ExportNetwork): Generator<string> {
  const key = (target: 'node' | 'edge') => (k: { id: string; type: string }) => ({
    '@_id': k.id,
    '@_for': target,
    '@_attr.name': k.id,
    '@_attr.type': k.type,
  });
  const frame = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '#comment': ` convention-graph partnership network: ${describeFilter(network.filter)} `,
      key: [...NODE_KEYS.map(key('node')), ...EDGE_KEYS.map(key('edge'))],
      graph: { '@_id': 'partnerships', '@_edgedefault': 'undirected', '#text': slot('graph') },
    },
  };
  return xmlChunks(frame, [
    { name: 'graph', lists: [rows('node', network.nodes, nodeXml), rows('edge', network.edges, edgeXml)] },
  ]);
}
