// GEXF 1.3 (Gephi's own format): written element by element with xmlbuilder2's callback builder, with
// Gephi's viz colours (by kind, as on the Explorer's map) and sizes (by events).
import { createCB } from 'xmlbuilder2';
import { colorOfKind, nodeSize } from '../web/palette.js';
import { chunked } from './chunks.js';
import { describeFilter, type ExportNetwork } from './network.js';

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

const NODE_ATTRIBUTES = [
  { id: 'name', type: 'string' },
  { id: 'kind', type: 'string' },
  { id: 'iso3', type: 'string' },
  { id: 'events', type: 'integer' },
] as const;

export function gexfChunks(network: ExportNetwork, today: Date = new Date()): Generator<string> {
  return chunked(function* (emit) {
    const xml = createCB({ data: emit, prettyPrint: true });
    xml.dec({ version: '1.0', encoding: 'UTF-8' });
    xml.ele(GEXF_NS, 'gexf', { version: '1.3' }).att('http://www.w3.org/2000/xmlns/', 'xmlns:viz', VIZ_NS);
    xml.ele('meta', { lastmodifieddate: today.toISOString().slice(0, 10) });
    xml.ele('creator').txt('convention-graph').up();
    xml
      .ele('description')
      .txt(`Partnership network: ${describeFilter(network.filter)}`)
      .up();
    xml.up();
    xml.ele('graph', { defaultedgetype: 'undirected', mode: 'static' });
    xml.ele('attributes', { class: 'node', mode: 'static' });
    for (const a of NODE_ATTRIBUTES) xml.ele('attribute', { id: a.id, title: a.id, type: a.type }).up();
    xml.up();
    xml.ele('attributes', { class: 'edge', mode: 'static' });
    xml.ele('attribute', { id: 'sessions', title: 'sessions', type: 'string' }).up();
    xml.up();

    xml.ele('nodes', { count: String(network.nodes.length) });
    for (const node of network.nodes) {
      xml.ele('node', { id: node.key, label: node.name });
      xml.ele('attvalues');
      attvalue(xml, 'name', node.name);
      attvalue(xml, 'kind', node.kind);
      if (node.iso3) attvalue(xml, 'iso3', node.iso3);
      attvalue(xml, 'events', String(node.events));
      xml.up();
      const [r, g, b] = rgb(colorOfKind(node.kind));
      xml.ele(VIZ_NS, 'viz:color', { r, g, b }).up();
      xml.ele(VIZ_NS, 'viz:size', { value: String(nodeSize(node.events)) }).up();
      xml.up();
      yield;
    }
    xml.up();

    xml.ele('edges', { count: String(network.edges.length) });
    let index = 0;
    for (const edge of network.edges) {
      xml.ele('edge', { id: String(index++), source: edge.source, target: edge.target, weight: String(edge.weight) });
      xml.ele('attvalues');
      attvalue(xml, 'sessions', edge.sessions.join(';'));
      xml.up().up();
      yield;
    }
    xml.up().up().up().end();
  });
}

function attvalue(xml: ReturnType<typeof createCB>, id: string, value: string): void {
  xml.ele('attvalue', { for: id, value }).up();
}

function rgb(hex: string): [string, string, string] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [String((n >> 16) & 255), String((n >> 8) & 255), String(n & 255)];
}
