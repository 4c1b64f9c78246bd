// What changed between two sessions: compareSessions (organizations, partnerships, topics) and
// Organization.partnersChange. Both sessions must have an ingested programme: without one, "gained" and
// "lost" would only say what the corpus lacks.
import { changeBetween } from '../analysis/change.js';
import { comparisonRequest } from '../analysis/loaders.js';
import { partnershipFilter } from './arguments.js';
import { builder } from './builder.js';
import { OrganizationKindEnum } from './enums.js';
import { requireTwoProgrammeSessions } from './analysis-arguments.js';
import { ChangeRef, PartnershipChangeRef, SessionComparisonRef, TopicShiftRef } from './analysis-refs.js';
import { NetworkEdgeRef, OrganizationRef, SessionRef, TopicRef } from './refs.js';

builder.objectType(SessionComparisonRef, {
  description: 'What changed from one session to another, read from their two programmes.',
  fields: (t) => ({
    from: t.field({ type: SessionRef, resolve: (c) => c.from }),
    to: t.field({ type: SessionRef, resolve: (c) => c.to }),
    organizations: t.field({
      type: ChangeRef,
      description:
        'Organizations (of `kinds`) that organized an event in `to` only (gained), `from` only (lost), or both.',
      resolve: (c, _args, ctx) => ctx.analysis.comparisonOrganizations.load(c.request),
    }),
    partnerships: t.field({
      type: PartnershipChangeRef,
      description:
        'Pairs of organizations (both of `kinds`) that organized an event together in `to` but not `from` (gained) or the reverse (lost); heaviest first.',
      resolve: (c, _args, ctx) => ctx.analysis.comparisonPartnerships.load(c.request),
    }),
    topics: t.field({
      type: [TopicShiftRef],
      description:
        'Each topic of a side or special event in either session, largest rise in share first. `kinds` does not apply here.',
      resolve: (c, _args, ctx) => ctx.analysis.comparisonTopics.load(c.request),
    }),
  }),
});

builder.objectType(ChangeRef, {
  description: 'Organizations gained, lost and kept between two sessions, each list by name.',
  fields: (t) => ({
    gained: t.field({ type: [OrganizationRef], description: 'In `to`, not in `from`.', resolve: (c) => c.gained }),
    lost: t.field({ type: [OrganizationRef], description: 'In `from`, not in `to`.', resolve: (c) => c.lost }),
    kept: t.field({ type: [OrganizationRef], description: 'In both sessions.', resolve: (c) => c.kept }),
  }),
});

builder.objectType(PartnershipChangeRef, {
  description:
    "Partnerships (pairs sharing an event) new in `to` or gone since `from`; an edge's weight and sessions are those of the session it is in.",
  fields: (t) => ({
    gained: t.field({ type: [NetworkEdgeRef], resolve: (c) => c.gained }),
    lost: t.field({ type: [NetworkEdgeRef], resolve: (c) => c.lost }),
  }),
});

builder.objectType(TopicShiftRef, {
  description:
    "A topic's side and special events in the two sessions, as counts and as shares of each session's side and special events.",
  fields: (t) => ({
    topic: t.field({ type: TopicRef, resolve: (s) => s.topic }),
    fromCount: t.exposeInt('fromCount'),
    toCount: t.exposeInt('toCount'),
    fromShare: t.exposeFloat('fromShare', { description: 'fromCount / side and special events of `from` (0..1).' }),
    toShare: t.exposeFloat('toShare', { description: 'toCount / side and special events of `to` (0..1).' }),
  }),
});

builder.queryFields((t) => ({
  compareSessions: t.field({
    type: SessionComparisonRef,
    description:
      'What changed from session `from` to session `to`: organizations, partnerships and topics. Both sessions must have an ingested programme.',
    args: {
      from: t.arg.int({ required: true }),
      to: t.arg.int({ required: true }),
      kinds: t.arg({
        type: [OrganizationKindEnum],
        required: false,
        description: 'Only organizations of these kinds (both ends of a partnership); all when omitted.',
      }),
    },
    resolve: async (_root, { from, to, kinds }, ctx) => {
      await requireTwoProgrammeSessions(ctx, from, to);
      const [fromSession, toSession] = await Promise.all([
        ctx.loaders.session.load(from),
        ctx.loaders.session.load(to),
      ]);
      if (!fromSession || !toSession) throw new Error(`Session ${from} or ${to} has a programme but no Session node`);
      return { from: fromSession, to: toSession, request: comparisonRequest(from, to, kinds) };
    },
  }),
}));

builder.objectField(OrganizationRef, 'partnersChange', (t) =>
  t.field({
    type: ChangeRef,
    description:
      'Its partners (of `kind`) in session `to` but not `from` (gained), the reverse (lost), and in both (kept), ' +
      'by the same definition as `partners` (with `topic` and `includeUnits` alike). Both sessions must have an ' +
      'ingested programme.',
    args: {
      from: t.arg.int({ required: true }),
      to: t.arg.int({ required: true }),
      kind: t.arg({ type: OrganizationKindEnum, required: false }),
      topic: t.arg.string({ required: false, description: 'Topic key or name, as topic(name:) takes it.' }),
      includeUnits: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (o, { from, to, kind, topic, includeUnits }, ctx) => {
      await requireTwoProgrammeSessions(ctx, from, to);
      // The partners of each session through the read path's one partnership definition (one batch for both).
      const partnersIn = async (session: number) => {
        const filter = await partnershipFilter(ctx, {
          kinds: kind ? [kind] : null,
          sessions: [session],
          topic,
          includeUnits,
        });
        // Only the partners are read, as whole records: no event properties (eventProps []).
        const request = { key: o.key, ...filter, eventProps: [], organizationProps: null };
        return (await ctx.loaders.organizationPartners.load(request)).partners.map((p) => p.organization);
      };
      const [before, after] = await Promise.all([partnersIn(from), partnersIn(to)]);
      return changeBetween(before, after);
    },
  }),
);
