// Network measures on small graphs drawn by hand, whose betweenness and communities can be worked out on paper.
import { describe, expect, it } from 'vitest';
import { measureNetwork, type WeightedEdge } from '../../../src/analysis/network-measures.js';

const edges = (...pairs: [string, string, number?][]): WeightedEdge[] =>
  pairs.map(([source, target, weight]) => ({ source, target, weight: weight ?? 1 }));

const betweenness = (list: WeightedEdge[]) =>
  Object.fromEntries([...measureNetwork(list).byNode].map(([id, m]) => [id, m.betweenness]));

// Two triangles {a,b,c} and {d,e,f} joined by the bridge c–d.
const twoTriangles = edges(
  ['a', 'b', 3],
  ['b', 'c', 3],
  ['a', 'c', 3],
  ['d', 'e', 3],
  ['e', 'f', 3],
  ['d', 'f', 3],
  ['c', 'd', 1],
);

describe('betweenness (normalized by the (n-1)(n-2)/2 pairs of other nodes)', () => {
  it('when the graph is a star, then the centre lies on every path (1) and the leaves on none (0)', () => {
    expect(betweenness(edges(['hub', 'a'], ['hub', 'b'], ['hub', 'c'], ['hub', 'd']))).toEqual({
      hub: 1,
      a: 0,
      b: 0,
      c: 0,
      d: 0,
    });
  });

  it('when the graph is the path a–b–c–d, then b and c each lie on 2 of the 3 pairs of other nodes', () => {
    const values = betweenness(edges(['a', 'b'], ['b', 'c'], ['c', 'd']));
    expect(values.a).toBe(0);
    expect(values.b).toBeCloseTo(2 / 3, 10);
    expect(values.c).toBeCloseTo(2 / 3, 10);
    expect(values.d).toBe(0);
  });

  it('when the graph is a 4-cycle, then each node carries half of the two paths between its neighbours (1/6)', () => {
    const values = betweenness(edges(['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']));
    for (const id of ['a', 'b', 'c', 'd']) expect(values[id]).toBeCloseTo(1 / 6, 10);
  });

  it('when two triangles share a bridge, then the bridge ends carry 6 of the 10 pairs and weights do not count', () => {
    const values = betweenness(twoTriangles);
    expect(values.c).toBeCloseTo(0.6, 10);
    expect(values.d).toBeCloseTo(0.6, 10);
    expect(values.a).toBe(0);
  });
});

describe('degree and weighted degree', () => {
  it('when an edge comes twice (either direction), then it counts once in degree and its weights add up', () => {
    const { byNode } = measureNetwork(edges(['a', 'b', 2], ['b', 'a', 3], ['a', 'c', 1]));
    expect(byNode.get('a')).toMatchObject({ degree: 2, weightedDegree: 6 });
    expect(byNode.get('b')).toMatchObject({ degree: 1, weightedDegree: 5 });
  });

  it('when an edge loops on one node, then it is ignored', () => {
    const { byNode } = measureNetwork(edges(['a', 'a', 4], ['a', 'b', 1]));
    expect(byNode.get('a')).toMatchObject({ degree: 1, weightedDegree: 1 });
  });
});

describe('Louvain communities', () => {
  it('when two dense triangles share one light bridge, then each triangle is one community', () => {
    const { communities, byNode } = measureNetwork(twoTriangles);
    expect(communities).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(byNode.get('c')!.community).toBe(0);
    expect(byNode.get('f')!.community).toBe(1);
  });

  it('when the same edges arrive in another order, then the communities and measures are the same', () => {
    const big = edges(
      ...Array.from(
        { length: 30 },
        (_, i) => [`n${i}`, `n${(i * 7 + 3) % 30}`, 1 + (i % 3)] as [string, string, number],
      ),
      ['n1', 'n2', 5],
      ['n4', 'n9', 2],
    );
    const first = measureNetwork(big);
    const again = measureNetwork([...big].reverse().map((e) => ({ ...e, source: e.target, target: e.source })));
    expect(again.communities).toEqual(first.communities);
    expect([...again.byNode]).toEqual([...first.byNode]);
  });

  it('when there are no edges, then there are no nodes and no communities', () => {
    expect(measureNetwork([])).toEqual({ byNode: new Map(), communities: [] });
  });
});
