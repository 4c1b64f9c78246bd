// A partnership network result whose measures are computed once, the first time any node or community field
// asks, for the whole network (not per node field). The records stay plain; a WeakMap ties each node record to
// its network's measures, so nothing outlives the request that built the network.
import type { NetworkEdgeRecord, NetworkNodeRecord } from '../graph/read/records.js';
import { measureNetwork, type NetworkMeasures, type NodeMeasures } from './network-measures.js';

export interface NetworkResult {
  nodes: NetworkNodeRecord[];
  edges: NetworkEdgeRecord[];
}

const measuresOfNetwork = new WeakMap<object, () => NetworkMeasures>();

/** The same network (returned as is) whose measures its node and community fields can now ask for. */
export function withMeasures<N extends NetworkResult>(network: N): N {
  const { edges } = network;
  let measures: NetworkMeasures | undefined;
  const measure = () =>
    (measures ??= measureNetwork(edges.map((e) => ({ source: e.source.key, target: e.target.key, weight: e.weight }))));
  measuresOfNetwork.set(network, measure);
  for (const node of network.nodes) measuresOfNetwork.set(node, measure);
  return network;
}

export function networkMeasures(network: NetworkResult): NetworkMeasures {
  const measure = measuresOfNetwork.get(network);
  if (!measure) throw new Error('This network was not passed to withMeasures()');
  return measure();
}

export function nodeMeasures(node: NetworkNodeRecord): NodeMeasures {
  const measure = measuresOfNetwork.get(node);
  if (!measure) throw new Error('This network node was not passed to withMeasures()');
  return measure().byNode.get(node.organization.key)!;
}

/** The nodes in decreasing betweenness (ties: weighted degree, then name): who bridges the most. */
export function byBetweenness(network: NetworkResult): NetworkNodeRecord[] {
  const { byNode } = networkMeasures(network);
  const m = (n: NetworkNodeRecord) => byNode.get(n.organization.key)!;
  return [...network.nodes].sort(
    (a, b) =>
      m(b).betweenness - m(a).betweenness ||
      m(b).weightedDegree - m(a).weightedDegree ||
      a.organization.name.localeCompare(b.organization.name),
  );
}
