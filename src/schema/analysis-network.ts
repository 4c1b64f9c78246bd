// Network measures on partnershipNetwork (degree, weighted degree, betweenness, Louvain community), its
// communities, and brokers: the organizations that bridge the most others. Measures come from
// src/analysis/network-measures.ts, computed once per network result.
import { byBetweenness, networkMeasures, nodeMeasures, withMeasures } from '../analysis/measured-network.js';
import { partnershipNetwork } from '../graph/read/network.js';
import { partnershipFilter } from './arguments.js';
import { builder } from './builder.js';
import { OrganizationKindEnum } from './enums.js';
import { requireProgrammes, requireRange } from './analysis-arguments.js';
import { CommunityRef } from './analysis-refs.js';
import { NetworkNodeRef, NetworkRef } from './refs.js';

export const MAX_BROKERS = 100;
export const MAX_MEMBERS = 500;

builder.objectFields(NetworkNodeRef, (t) => ({
  weightedDegree: t.int({
    description: 'Shared events summed over its edges in this network.',
    resolve: (n) => nodeMeasures(n).weightedDegree,
  }),
  betweenness: t.float({
    description:
      'Share of the shortest paths (in hops) between two other organizations of this network that pass through it, normalized to 0..1.',
    resolve: (n) => nodeMeasures(n).betweenness,
  }),
  community: t.int({
    description:
      'Its Louvain community in this network (weights used, fixed seed: the same network gives the same split); 0 is the largest.',
    resolve: (n) => nodeMeasures(n).community,
  }),
}));

builder.objectField(NetworkRef, 'communities', (t) =>
  t.field({
    type: [CommunityRef],
    description: 'Louvain communities of this network, largest first (ids as in NetworkNode.community).',
    resolve: (network) => {
      const { communities } = networkMeasures(network);
      const nodeOf = new Map(network.nodes.map((n) => [n.organization.key, n]));
      return communities.map((keys, id) => ({
        id,
        members: keys
          .map((key) => nodeOf.get(key)!)
          .sort((a, b) => b.weight - a.weight || a.organization.name.localeCompare(b.organization.name)),
      }));
    },
  }),
);

builder.objectType(CommunityRef, {
  description: 'A group of organizations that organize events with one another more than with the rest.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    size: t.int({ resolve: (c) => c.members.length }),
    members: t.field({
      type: [NetworkNodeRef],
      description: 'Its organizations, most shared events first (ties by name).',
      args: { first: t.arg.int({ required: false, defaultValue: 10, description: `1 to ${MAX_MEMBERS}.` }) },
      resolve: (c, { first }) => {
        const n = first ?? 10;
        requireRange('first', n, 1, MAX_MEMBERS);
        return c.members.slice(0, n);
      },
    }),
  }),
});

builder.queryField('brokers', (t) =>
  t.field({
    type: [NetworkNodeRef],
    description:
      'Organizations that bridge the most others in the partnership network of these sessions, kinds and topic: highest betweenness first (ties: weighted degree, then name).',
    args: {
      sessions: t.arg.intList({
        required: false,
        description: 'Sessions whose events count; each must have an ingested programme. All when omitted.',
      }),
      kinds: t.arg({
        type: [OrganizationKindEnum],
        required: false,
        description: 'Only organizations of these kinds.',
      }),
      topic: t.arg.string({
        required: false,
        description: 'Only events about this topic count (key or name, as topic(name:) takes it).',
      }),
      first: t.arg.int({ required: false, defaultValue: 10, description: `1 to ${MAX_BROKERS}.` }),
    },
    resolve: async (_root, { sessions, kinds, topic, first }, ctx) => {
      const n = first ?? 10;
      requireRange('first', n, 1, MAX_BROKERS);
      if (sessions) await requireProgrammes(ctx, 'sessions', sessions);
      // The network of partnershipNetwork(sessions:, kinds:, topic:): the one definition of a partnership.
      const network = await partnershipNetwork(ctx.graph, await partnershipFilter(ctx, { sessions, kinds, topic }), {
        edgeSessions: false, // brokers are nodes: betweenness needs the edges' ends and weights only
      });
      return byBetweenness(withMeasures(network)).slice(0, n);
    },
  }),
);
