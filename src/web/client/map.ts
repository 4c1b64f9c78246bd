// The partnership map, drawn with Cytoscape.js: node size by events, colour by kind, edge width by shared
// events. Clicking a node asks for its profile; the selected node and its partners stay lit. The fCoSE
// layout (force-directed, packs disconnected groups side by side) places the nodes.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { colorOfKind, nodeSize } from '../palette.js';
import type { MapNetwork } from './api.js';

cytoscape.use(fcose);

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 9,
      'min-zoomed-font-size': 7,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.hub', style: { 'font-size': 15, 'font-weight': 'bold', 'min-zoomed-font-size': 4, 'z-index': 10 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa5b1',
      opacity: 0.45,
      'curve-style': 'haystack',
    },
  },
  { selector: '.faded', style: { opacity: 0.3, 'text-opacity': 0 } },
  { selector: 'edge.lit', style: { 'line-color': '#52606d', opacity: 0.85, 'z-index': 5 } },
  { selector: 'node.lit', style: { 'font-size': 13, 'min-zoomed-font-size': 4, 'z-index': 15 } },
  {
    selector: 'node:selected',
    style: {
      'border-width': 4,
      'border-color': '#1f2933',
      'font-size': 18,
      'font-weight': 'bold',
      'min-zoomed-font-size': 4,
      'z-index': 20,
    },
  },
];

/** How many of the busiest organizations keep their label at every zoom. */
const LABELLED_HUBS = 12;

export class PartnershipMap {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, onSelect: (name: string) => void) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 4, wheelSensitivity: 0.3 });
    this.cy.on('tap', 'node', (event) => onSelect(event.target.data('name') as string));
  }

  show(network: MapNetwork): void {
    const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
    const hubs = new Set(
      [...network.nodes]
        .sort((a, b) => b.events - a.events || b.weight - a.weight)
        .slice(0, LABELLED_HUBS)
        .map((n) => n.key),
    );
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([
        ...network.nodes.map((n, i) => ({
          group: 'nodes' as const,
          // A fixed start (a sunflower spiral, busiest first) instead of a random one: the same link always
          // draws the same picture.
          position: spiral(i),
          data: {
            id: n.key,
            name: n.name,
            label: n.acronym ?? n.name,
            kind: n.kind,
            events: n.events,
            color: colorOfKind(n.kind),
            size: nodeSize(n.events),
          },
          classes: hubs.has(n.key) ? 'hub' : '',
        })),
        ...network.edges.map((e, i) => ({
          group: 'edges' as const,
          data: {
            id: `e${i}`,
            source: e.source,
            target: e.target,
            weight: e.weight,
            width: 1 + (7 * (e.weight - 1)) / Math.max(1, maxWeight - 1),
          },
        })),
      ]);
    });
    this.cy
      .layout({
        name: 'fcose',
        animate: false,
        randomize: false,
        quality: 'proof',
        nodeSeparation: 60,
        idealEdgeLength: () => 80,
        nodeRepulsion: () => 12_000,
        packComponents: true,
        padding: 20,
      } as cytoscape.LayoutOptions)
      .run();
    this.cy.fit(undefined, 20);
  }

  /** Selects an organization (by key) and lights its partners; null clears the selection. */
  select(key: string | null): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('faded lit').unselect();
      if (key === null) return;
      const node = cy.getElementById(key);
      if (node.empty()) return;
      node.select();
      const neighbourhood = node.closedNeighborhood();
      neighbourhood.addClass('lit');
      cy.elements().not(neighbourhood).addClass('faded');
    });
  }

  get nodeCount(): number {
    return this.cy.nodes().length;
  }

  get edgeCount(): number {
    return this.cy.edges().length;
  }
}

/** The i-th point of a sunflower (golden-angle) spiral: evenly spread, no two nodes on the same spot. */
function spiral(i: number): { x: number; y: number } {
  const radius = 30 * Math.sqrt(i + 0.5);
  const angle = i * 2.399963229728653;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
