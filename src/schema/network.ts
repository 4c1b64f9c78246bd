// Whole-network questions for dashboards: the weighted partnership network and the shortest chain
// of shared events between two organizations.
import { withMeasures } from '../analysis/measured-network.js';
import { partnershipNetwork, shortestConnection } from '../graph/read/network.js';
import { findOrganization } from '../loaders/lookups.js';
import { partnershipFilter } from './arguments.js';
import { networkReadsEdgeSessions } from './projection.js';
import { builder } from './builder.js';
import { OrganizationKindEnum } from './enums.js';
import { badInput, notFound } from './errors.js';
import {
  ConnectionPathRef,
  EventRef,
  NetworkEdgeRef,
  NetworkNodeRef,
  NetworkRef,
  OrganizationRef,
  PathLinkRef,
} from './refs.js';

/** Bound of connectionPath: beyond six hops a "connection" says nothing. */
export const MAX_HOPS = 6;

builder.objectType(NetworkRef, {
  fields: (t) => ({
    nodes: t.field({ type: [NetworkNodeRef], resolve: (n) => n.nodes }),
    edges: t.field({ type: [NetworkEdgeRef], resolve: (n) => n.edges }),
  }),
});

builder.objectType(NetworkNodeRef, {
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, resolve: (n) => n.organization }),
    degree: t.exposeInt('degree', { description: 'Partners it is linked to in this network.' }),
    weight: t.exposeInt('weight', { description: 'Shared events summed over its edges.' }),
  }),
});

builder.objectType(NetworkEdgeRef, {
  fields: (t) => ({
    source: t.field({ type: OrganizationRef, resolve: (e) => e.source }),
    target: t.field({ type: OrganizationRef, resolve: (e) => e.target }),
    weight: t.exposeInt('weight', { description: 'Events the two organized together.' }),
    sessions: t.intList({ description: 'Sessions of the shared events, ascending.', resolve: (e) => e.sessions }),
  }),
});

builder.objectType(ConnectionPathRef, {
  fields: (t) => ({
    hops: t.int({ resolve: (p) => p.organizations.length - 1 }),
    organizations: t.field({ type: [OrganizationRef], resolve: (p) => p.organizations }),
    links: t.field({
      type: [PathLinkRef],
      description: 'For each consecutive pair, the events both organized.',
      resolve: (p) => p.links.map((events, i) => ({ from: p.organizations[i]!, to: p.organizations[i + 1]!, events })),
    }),
  }),
});

builder.objectType(PathLinkRef, {
  fields: (t) => ({
    from: t.field({ type: OrganizationRef, resolve: (l) => l.from }),
    to: t.field({ type: OrganizationRef, resolve: (l) => l.to }),
    events: t.field({ type: [EventRef], resolve: (l) => l.events }),
  }),
});

builder.queryFields((t) => ({
  partnershipNetwork: t.field({
    type: NetworkRef,
    description:
      'Organizations linked by the events they organized together, with weights (the same partnerships as ' +
      'Organization.partners). Only events of `sessions` and about `topic` count when given.',
    args: {
      kinds: t.arg({ type: [OrganizationKindEnum], required: false, description: 'Both ends must be of these kinds.' }),
      sessions: t.arg.intList({ required: false }),
      minSharedEvents: t.arg.int({ required: false, defaultValue: 1 }),
      topic: t.arg.string({ required: false, description: 'Topic key or name, as topic(name:) takes it.' }),
    },
    // withMeasures: degree, betweenness, communities (analysis-network.ts), computed once per result when asked.
    resolve: async (_root, args, ctx, info) =>
      withMeasures(
        await partnershipNetwork(ctx.graph, await partnershipFilter(ctx, args), {
          edgeSessions: networkReadsEdgeSessions(info),
        }),
      ),
  }),
  connectionPath: t.field({
    type: ConnectionPathRef,
    nullable: true,
    description: 'The shortest chain of organizations linked by shared events; null when none within maxHops.',
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      maxHops: t.arg.int({
        required: false,
        defaultValue: 4,
        description: `Organization-to-organization hops, 1 to ${MAX_HOPS}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const maxHops = args.maxHops ?? 4;
      if (maxHops < 1 || maxHops > MAX_HOPS) throw badInput('maxHops', `"maxHops" must be between 1 and ${MAX_HOPS}.`);
      const [from, to] = await Promise.all([findOrganization(ctx, args.from), findOrganization(ctx, args.to)]);
      if (!from) throw notFound('from', `No organization is named "${args.from}".`);
      if (!to) throw notFound('to', `No organization is named "${args.to}".`);
      if (from.key === to.key) return { organizations: [from], links: [] };
      return shortestConnection(ctx.graph, from.key, to.key, maxHops);
    },
  }),
}));
