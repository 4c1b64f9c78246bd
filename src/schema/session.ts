// Session: a COP session, with its events, most active organizations, topics, agenda and people.
import { sourceOf } from '../graph/read/rows.js';
import { sessionsPage } from '../graph/read/sessions.js';
import { builder } from './builder.js';
import { EventKindEnum, OrganizationKindEnum, PersonRelationEnum } from './enums.js';
import { badInput, notFound } from './errors.js';
import { loadNodes } from './nodes.js';
import { connectionFromPage, fetchWindow } from './pagination.js';
import {
  AgendaItemRef,
  EventConnection,
  EventRef,
  OrganizationRef,
  PersonRef,
  SessionConnection,
  SessionOrganizationRef,
  SessionParticipantRef,
  SessionRef,
  SourceRefType,
  TopicCountRef,
  TopicRef,
} from './refs.js';

builder.node(SessionRef, {
  description: 'A session of the Conference of the Parties to the Convention.',
  id: { resolve: (s) => s.number },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.session, ids.map(Number)),
  fields: (t) => ({
    number: t.exposeInt('number'),
    year: t.exposeInt('year', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (s) => sourceOf(s) }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events of the session in programme order (date, start time).',
        args: { kind: t.arg({ type: EventKindEnum, required: false }) },
        resolve: async (s, args, ctx) => {
          const request = { key: s.number, kind: args.kind ?? null, ...fetchWindow(args) };
          return connectionFromPage(args, await ctx.loaders.sessionEvents.load(request));
        },
      },
      EventConnection,
    ),
    topOrganizations: t.field({
      type: [SessionOrganizationRef],
      description: 'Organizations with the most events in the session (ties by name).',
      args: {
        first: t.arg.int({ defaultValue: 10 }),
        kind: t.arg({ type: OrganizationKindEnum, required: false }),
      },
      resolve: async (s, { first, kind }, ctx) => {
        const n = first ?? 10;
        if (n < 0 || n > 200) throw badInput('first', '"first" must be between 0 and 200.');
        return ctx.loaders.sessionOrganizations.load({ key: s.number, kind: kind ?? null, first: n });
      },
    }),
    topics: t.field({
      type: [TopicCountRef],
      description: "Topics of the session's events, most events first.",
      resolve: (s, _args, ctx) => ctx.loaders.sessionTopics.load(s.number),
    }),
    agenda: t.field({
      type: [AgendaItemRef],
      description: 'Agenda items taken up in the session, by item number.',
      resolve: (s, _args, ctx) => ctx.loaders.sessionAgenda.load(s.number),
    }),
    participants: t.field({
      type: [SessionParticipantRef],
      description: 'People who presided over or spoke at the session.',
      resolve: (s, _args, ctx) => ctx.loaders.sessionPeople.load(s.number),
    }),
  }),
});

builder.objectType(SessionOrganizationRef, {
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, resolve: (r) => r.organization }),
    eventCount: t.exposeInt('eventCount'),
    leadCount: t.exposeInt('leadCount'),
    partnerCount: t.exposeInt('partnerCount'),
  }),
});

builder.objectType(TopicCountRef, {
  fields: (t) => ({
    topic: t.field({ type: TopicRef, resolve: (r) => r.topic }),
    eventCount: t.exposeInt('eventCount'),
  }),
});

builder.objectType(SessionParticipantRef, {
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (r) => r.person }),
    relation: t.field({ type: PersonRelationEnum, resolve: (r) => r.relation }),
    role: t.exposeString('role', { nullable: true }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (r) => sourceOf(r) }),
  }),
});

builder.queryFields((t) => ({
  sessions: t.connection(
    {
      type: SessionRef,
      description: 'COP sessions, oldest first.',
      resolve: async (_root, args, ctx) => {
        const { offset, end } = fetchWindow(args);
        return connectionFromPage(args, await sessionsPage(ctx.graph, offset, end === null ? null : end - offset));
      },
    },
    SessionConnection,
  ),
  session: t.field({
    type: SessionRef,
    args: { number: t.arg.int({ required: true, description: 'Session number: 10 for the tenth session.' }) },
    resolve: async (_root, { number }, ctx) => {
      const session = await ctx.loaders.session.load(number);
      if (!session) throw notFound('number', `There is no session ${number} in the graph.`);
      return session;
    },
  }),
}));
