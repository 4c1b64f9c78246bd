// Network measures of a weighted, undirected partnership network: degree, weighted degree, betweenness and
// Louvain communities. Pure (no Neo4j, no GraphQL), so the numbers can be checked on small hand-made graphs.
//
// Libraries, and why: Neo4j Community has no Graph Data Science plugin, so the measures are computed here with
// graphology (the maintained graph model of the JS ecosystem, used by sigma.js and Gephi Lite),
// graphology-metrics (Brandes betweenness, as networkx computes it) and graphology-communities-louvain (a tested
// Louvain with weights and a pluggable random source). seedrandom gives that random source a fixed seed, so the
// same network always splits into the same communities.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import seedrandom from 'seedrandom';

// Both packages are CommonJS (`module.exports = fn`) with typings that declare an ES default export; under
// NodeNext the default import is `module.exports` itself, which the typings call `.default`.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

/** One weighted edge between two node ids (an edge given twice, in either direction, adds its weights). */
export interface WeightedEdge {
  source: string;
  target: string;
  weight: number;
}

export interface NodeMeasures {
  /** Neighbours in the network. */
  degree: number;
  /** Sum of the weights of its edges. */
  weightedDegree: number;
  /**
   * Share of the shortest paths (in hops, weights ignored) between two other nodes that pass through this one,
   * normalized to 0..1 by the (n-1)(n-2)/2 pairs of other nodes (networkx's normalized betweenness).
   */
  betweenness: number;
  /** Community id: 0 is the largest community (ties: the one whose first node id sorts first). */
  community: number;
}

export interface NetworkMeasures {
  byNode: Map<string, NodeMeasures>;
  /** Node ids of each community, community id = index; members in node-id order. */
  communities: string[][];
}

/** The seed of Louvain's random walk: fixed, so that one network always gives one partition. */
export const LOUVAIN_SEED = 'convention-graph';

/** Builds the graph in node-id order (so the result never depends on the order edges arrived in). */
function buildGraph(edges: readonly WeightedEdge[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  const ordered = [...edges]
    .map((e) => (e.source <= e.target ? e : { source: e.target, target: e.source, weight: e.weight }))
    .sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
  for (const id of [...new Set(ordered.flatMap((e) => [e.source, e.target]))].sort(compareIds)) graph.addNode(id);
  for (const { source, target, weight } of ordered) {
    if (source === target) continue; // an organization is not its own partner
    graph.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + weight }));
  }
  return graph;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every measure of every node, computed once for the whole network. */
export function measureNetwork(edges: readonly WeightedEdge[]): NetworkMeasures {
  const graph = buildGraph(edges);
  if (graph.order === 0) return { byNode: new Map(), communities: [] }; // the libraries refuse empty graphs
  const betweenness = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const rawCommunities = louvain(graph, { getEdgeWeight: 'weight', rng: seedrandom(LOUVAIN_SEED) });
  const communities = renumberCommunities(graph.nodes(), rawCommunities);
  const communityOf = new Map(communities.flatMap((members, id) => members.map((node) => [node, id] as const)));

  const byNode = new Map<string, NodeMeasures>();
  for (const id of graph.nodes()) {
    let weightedDegree = 0;
    graph.forEachEdge(id, (_edge, attributes) => (weightedDegree += attributes.weight as number));
    byNode.set(id, {
      degree: graph.degree(id),
      weightedDegree,
      betweenness: betweenness[id] ?? 0,
      community: communityOf.get(id)!,
    });
  }
  return { byNode, communities };
}

/** Louvain's ids depend on its internals; these are stable: largest community first, ties by first node id. */
function renumberCommunities(nodes: readonly string[], raw: Record<string, number>): string[][] {
  const groups = new Map<number, string[]>();
  for (const node of nodes) {
    const group = groups.get(raw[node]!) ?? [];
    group.push(node);
    groups.set(raw[node]!, group);
  }
  return [...groups.values()]
    .map((members) => members.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
}
