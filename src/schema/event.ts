// Event: a side event, special event, plenary or Committee of the Whole item, or working-group meeting.
import type { EventQuery } from '../graph/read/events.js';
import { findEvents } from '../graph/read/events.js';
import { sourceOf } from '../graph/read/rows.js';
import type { Context } from '../context.js';
import { findOrganization, findTopic } from '../loaders/lookups.js';
import { builder } from './builder.js';
import { EventKindEnum, OrganizerRoleEnum } from './enums.js';
import { badInput, notFound } from './errors.js';
import { loadNodes } from './nodes.js';
import { asSet } from './arguments.js';
import { connectionFromPage, rootWindow } from './pagination.js';
import {
  AgendaItemRef,
  EventConnection,
  EventRef,
  OrganizationRef,
  OrganizerRef,
  SessionRef,
  SourceRefType,
  TopicRef,
  VenueRef,
  WorkingGroupRef,
} from './refs.js';

builder.node(EventRef, {
  description: "Something on a session's programme, as one document lists it.",
  id: { resolve: (e) => e.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.event, ids),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable key of the event in the graph.' }),
    kind: t.field({ type: EventKindEnum, resolve: (e) => e.kind }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    date: t.expose('date', { type: 'Date' }),
    start: t.exposeString('start', { nullable: true, description: '"HH:MM", local time.' }),
    end: t.exposeString('end', { nullable: true }),
    online: t.boolean({ resolve: (e) => e.online === true }),
    session: t.field({
      type: SessionRef,
      resolve: async (e, _args, ctx) => {
        const session = await ctx.loaders.session.load(e.session);
        if (!session) throw new Error(`Event ${e.id} points at missing session ${e.session}`);
        return session;
      },
    }),
    venue: t.field({ type: VenueRef, nullable: true, resolve: (e) => (e.venue ? { name: e.venue } : null) }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (e) => sourceOf(e) }),
    organizers: t.field({
      type: [OrganizerRef],
      description: 'Who organized it: leads first, then partners.',
      args: { role: t.arg({ type: OrganizerRoleEnum, required: false }) },
      resolve: (e, { role }, ctx) => ctx.loaders.eventOrganizers.load({ key: e.id, role: role ?? null }),
    }),
    topics: t.field({ type: [TopicRef], resolve: (e, _args, ctx) => ctx.loaders.eventTopics.load(e.id) }),
    agendaItems: t.field({
      type: [AgendaItemRef],
      resolve: (e, _args, ctx) => ctx.loaders.eventAgendaItems.load(e.id),
    }),
    workingGroups: t.field({
      type: [WorkingGroupRef],
      resolve: (e, _args, ctx) => ctx.loaders.eventWorkingGroups.load(e.id),
    }),
  }),
});

builder.objectType(OrganizerRef, {
  description: 'One organization organizing one event, as the programme names it.',
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, resolve: (o) => o.organization }),
    role: t.field({ type: OrganizerRoleEnum, resolve: (o) => o.role }),
    nameAsWritten: t.exposeString('surface', { nullable: true }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (o) => sourceOf(o) }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  description: 'Every field is optional; given fields must all hold.',
  fields: (t) => ({
    sessions: t.intList({ required: false }),
    from: t.field({ type: 'Date', required: false, description: 'On or after this date.' }),
    to: t.field({ type: 'Date', required: false, description: 'On or before this date.' }),
    topic: t.string({ required: false, description: 'Topic key or name.' }),
    organization: t.string({ required: false, description: 'Any name, alias or acronym of an organizer.' }),
    role: t.field({
      type: OrganizerRoleEnum,
      required: false,
      description: 'With organization: only events it leads / partners.',
    }),
    kinds: t.field({ type: [EventKindEnum], required: false }),
    text: t.string({ required: false, description: 'Words inside the title or description (case-insensitive).' }),
  }),
});

type EventFilterInput = typeof EventFilter.$inferInput;

/** The filter as the Cypher file wants it: names resolved to keys, unknown names reported by argument. */
async function toEventQuery(ctx: Context, filter: EventFilterInput | null | undefined): Promise<EventQuery> {
  const f = filter ?? {};
  if (f.role && !f.organization) throw badInput('filter.role', '"role" needs "organization".');
  if (f.from && f.to && f.from > f.to) throw badInput('filter.to', '"to" is before "from".');
  const organization = f.organization ? await findOrganization(ctx, f.organization) : null;
  if (f.organization && !organization)
    throw notFound('filter.organization', `No organization is named "${f.organization}".`);
  const topic = f.topic ? await findTopic(ctx, f.topic) : null;
  if (f.topic && !topic) throw notFound('filter.topic', `No topic is named "${f.topic}".`);
  return {
    sessions: asSet(f.sessions),
    kinds: asSet(f.kinds),
    from: f.from ?? null,
    to: f.to ?? null,
    text: f.text?.trim() ? f.text.trim().toLowerCase() : null,
    topic: topic?.key ?? null,
    organization: organization?.key ?? null,
    role: f.role ?? null,
  };
}

builder.queryFields((t) => ({
  events: t.connection(
    {
      type: EventRef,
      description: 'Events matching the filter, in programme order (date, start time, key).',
      args: { filter: t.arg({ type: EventFilter, required: false }) },
      resolve: async (_root, args, ctx) => {
        const query = await toEventQuery(ctx, args.filter);
        const { offset, limit } = rootWindow(args);
        return connectionFromPage(args, await findEvents(ctx.graph, query, offset, limit));
      },
    },
    EventConnection,
  ),
}));
