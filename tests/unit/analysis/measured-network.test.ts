// The measures of a network result are computed once for the whole network, whichever node asks first.
import { describe, expect, it, vi } from 'vitest';
import type { OrganizationRecord } from '../../../src/graph/read/records.js';

const { measureNetwork } = vi.hoisted(() => ({ measureNetwork: vi.fn() }));
vi.mock('../../../src/analysis/network-measures.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/analysis/network-measures.js')>();
  measureNetwork.mockImplementation(actual.measureNetwork);
  return { ...actual, measureNetwork };
});
const { byBetweenness, networkMeasures, nodeMeasures, withMeasures } =
  await import('../../../src/analysis/measured-network.js');

const org = (key: string): OrganizationRecord => ({
  key,
  name: key.toUpperCase(),
  kind: 'NGO',
  iso3: null,
  acronym: null,
  code: null,
  aliases: [],
  known: true,
});
const edge = (a: string, b: string, weight = 1) => ({ source: org(a), target: org(b), weight, sessions: [12] });
const node = (key: string, degree: number, weight: number) => ({ organization: org(key), degree, weight });

// The path a–b–c plus the pendant d on b: b bridges every pair.
const network = () =>
  withMeasures({
    nodes: [node('b', 3, 4), node('a', 1, 2), node('c', 1, 1), node('d', 1, 1)],
    edges: [edge('a', 'b', 2), edge('b', 'c'), edge('b', 'd')],
  });

describe('withMeasures', () => {
  it('when every node and the communities ask, then the network is measured once', () => {
    measureNetwork.mockClear();
    const result = network();
    expect(measureNetwork).not.toHaveBeenCalled(); // nothing is computed until a measure is asked for
    const values = result.nodes.map((n) => nodeMeasures(n));
    networkMeasures(result);
    expect(measureNetwork).toHaveBeenCalledTimes(1);
    expect(values.map((m) => m.weightedDegree)).toEqual([4, 2, 1, 1]);
    expect(values[0]!.betweenness).toBeCloseTo(1, 10);
  });

  it('when two results are built, then each has its own measures', () => {
    measureNetwork.mockClear();
    nodeMeasures(network().nodes[0]!);
    nodeMeasures(network().nodes[0]!);
    expect(measureNetwork).toHaveBeenCalledTimes(2);
  });

  it('when ordering by betweenness, then the bridge comes first and ties go by weighted degree then name', () => {
    expect(byBetweenness(network()).map((n) => n.organization.key)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('when a node comes from a network not passed to withMeasures, then it says so', () => {
    expect(() => nodeMeasures(node('x', 0, 0))).toThrow(/withMeasures/);
  });
});
