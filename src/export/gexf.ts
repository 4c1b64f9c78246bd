// GEXF 1.3 (Gephi's own format), with Gephi's viz colours (by kind, as on the Explorer's map) and sizes
// (by events).
import { colorOfKind, nodeSize } from '../web/palette.js';
import { describeFilter, type ExportEdge, type ExportNetwork, type ExportNode } from './network.js';
import { rows, slot, xmlChunks, type XmlObject } from './xml.js';

const NODE_ATTRIBUTES = [
  { id: 'name', type: 'string' },
  { id: 'kind', type: 'string' },
  { id: 'iso3', type: 'string' },
  { id: 'events', type: 'integer' },
] as const;

const attvalue = (id: string, value: string | number) => ({ '@_for': id, '@_value': String(value) });

function nodeXml(node: ExportNode): XmlObject {
  const [r, g, b] = rgb(colorOfKind(node.kind));
  return {
    '@_id': node.key,
    '@_label': node.name,
    attvalues: {
      attvalue: [
        attvalue('name', node.name),
        attvalue('kind', node.kind),
        ...(node.iso3 ? [attvalue('iso3', node.iso3)] : []),
        attvalue('events', node.events),
      ],
    },
    'viz:color': { '@_r': r, '@_g': g, '@_b': b },
    'viz:size': { '@_value': String(nodeSize(node.events)) },
  };
}

function edgeXml(edge: ExportEdge, index: number): XmlObject {
  return {
    '@_id': String(index),
    '@_source': edge.source,
    '@_target': edge.target,
    '@_weight': String(edge.weight),
    attvalues: { attvalue: [attvalue('sessions', edge.sessions.join(';'))] },
  };
}

export function gexfChunks(network: ExportNetwork, today: Date = new Date()): Generator<string> {
  const frame = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_xmlns:viz': 'http://gexf.net/1.3/viz',
      '@_version': '1.3',
      meta: {
        '@_lastmodifieddate': today.toISOString().slice(0, 10),
        creator: 'convention-graph',
        description: `Partnership network: ${describeFilter(network.filter)}`,
      },
      graph: {
        '@_defaultedgetype': 'undirected',
        '@_mode': 'static',
        attributes: [
          {
            '@_class': 'node',
            '@_mode': 'static',
            attribute: NODE_ATTRIBUTES.map((a) => ({ '@_id': a.id, '@_title': a.id, '@_type': a.type })),
          },
          {
            '@_class': 'edge',
            '@_mode': 'static',
            attribute: [{ '@_id': 'sessions', '@_title': 'sessions', '@_type': 'string' }],
          },
        ],
        nodes: { '@_count': String(network.nodes.length), '#text': slot('nodes') },
        edges: { '@_count': String(network.edges.length), '#text': slot('edges') },
      },
    },
  };
  return xmlChunks(frame, [
    { name: 'nodes', lists: [rows('node', network.nodes, nodeXml)] },
    { name: 'edges', lists: [rows('edge', network.edges, edgeXml)] },
  ]);
}

function rgb(hex: string): [string, string, string] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [String((n >> 16) & 255), String((n >> 8) & 255), String(n & 255)];
}
