// Organization: a State, UN entity, IGO, NGO, academic or other body, with its events, units and partners.
import { eventsOfMentions, groupPartnerships, timelineOf } from '../graph/read/aggregate.js';
import { findOrganizations } from '../graph/read/organizations.js';
import { sourceOf } from '../graph/read/rows.js';
import { findOrganization } from '../loaders/lookups.js';
import { builder } from './builder.js';
import { OrganizationKindEnum, OrganizerRoleEnum } from './enums.js';
import { badInput, notFound } from './errors.js';
import { loadNodes } from './nodes.js';
import { arrayConnection, pagedConnection } from './pagination.js';
import {
  EventConnection,
  EventRef,
  MentionRef,
  OrganizationConnection,
  OrganizationRef,
  PartnershipRef,
  SessionRef,
  SourceRefType,
  TimelinePointRef,
} from './refs.js';

builder.node(OrganizationRef, {
  description: 'An organization, resolved from every way the documents name it.',
  id: { resolve: (o) => o.key },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.organization, ids),
  fields: (t) => ({
    key: t.exposeString('key', { description: '"state:MEX" for States, "org:<slug>" otherwise.' }),
    name: t.exposeString('name'),
    kind: t.field({ type: OrganizationKindEnum, resolve: (o) => o.kind }),
    iso3: t.exposeString('iso3', { nullable: true }),
    acronym: t.exposeString('acronym', { nullable: true }),
    code: t.exposeString('code', { nullable: true, description: 'UNODC global programme code, e.g. "GLOT60".' }),
    aliases: t.stringList({ resolve: (o) => o.aliases ?? [] }),
    known: t.boolean({
      description: 'In the curated alias file or a State; false: awaiting curation.',
      resolve: (o) => o.known === true,
    }),
    parent: t.field({
      type: OrganizationRef,
      nullable: true,
      description: "What it is part of (a UNODC unit's branch, a national body's State).",
      resolve: async (o, _args, ctx) => (await ctx.loaders.organizationParents.load(o.key))[0] ?? null,
    }),
    units: t.field({
      type: [OrganizationRef],
      description: 'Its direct units (PART_OF), by name.',
      resolve: (o, _args, ctx) => ctx.loaders.organizationUnits.load(o.key),
    }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events it organized, in programme order.',
        args: {
          role: t.arg({ type: OrganizerRoleEnum, required: false }),
          sessions: t.arg.intList({ required: false }),
        },
        resolve: async (o, args, ctx) => {
          const mentions = await ctx.loaders.organizationMentions.load(o.key);
          return arrayConnection(args, eventsOfMentions(mentions, { role: args.role, sessions: args.sessions }));
        },
      },
      EventConnection,
    ),
    mentions: t.field({
      type: [MentionRef],
      description: 'Each time a programme names it as an organizer, with the name as written and the line.',
      args: {
        role: t.arg({ type: OrganizerRoleEnum, required: false }),
        sessions: t.arg.intList({ required: false }),
      },
      resolve: async (o, { role, sessions }, ctx) =>
        (await ctx.loaders.organizationMentions.load(o.key)).filter(
          (m) => (!role || m.role === role) && (!sessions || sessions.includes(m.event.session)),
        ),
    }),
    partners: t.field({
      type: [PartnershipRef],
      description: 'Co-organizers of its events, most shared events first (ties by name).',
      args: {
        kind: t.arg({ type: OrganizationKindEnum, required: false }),
        sessions: t.arg.intList({ required: false }),
        minSharedEvents: t.arg.int({ required: false, defaultValue: 1 }),
      },
      resolve: async (o, { kind, sessions, minSharedEvents }, ctx) => {
        if (minSharedEvents != null && minSharedEvents < 1)
          throw badInput('minSharedEvents', '"minSharedEvents" must be at least 1.');
        const rows = await ctx.loaders.organizationPartners.load(o.key);
        return groupPartnerships(rows, { kinds: kind ? [kind] : null, sessions, minSharedEvents });
      },
    }),
    timeline: t.field({
      type: [TimelinePointRef],
      description: 'Its events per session, as lead and as partner.',
      resolve: async (o, _args, ctx) => timelineOf(await ctx.loaders.organizationMentions.load(o.key)),
    }),
  }),
});

builder.objectType(MentionRef, {
  fields: (t) => ({
    event: t.field({ type: EventRef, resolve: (m) => m.event }),
    role: t.field({ type: OrganizerRoleEnum, resolve: (m) => m.role }),
    nameAsWritten: t.exposeString('surface', { nullable: true }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (m) => sourceOf(m) }),
  }),
});

builder.objectType(PartnershipRef, {
  description: 'Another organization that co-organized events with this one.',
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, resolve: (p) => p.organization }),
    sharedEventCount: t.exposeInt('sharedEventCount'),
    sessions: t.field({
      type: [SessionRef],
      resolve: async (p, _args, ctx) =>
        (await loadNodes(ctx.loaders.session, p.sessions)).filter((s): s is NonNullable<typeof s> => s !== null),
    }),
    events: t.field({ type: [EventRef], resolve: (p) => p.events }),
  }),
});

builder.objectType(TimelinePointRef, {
  fields: (t) => ({
    session: t.field({
      type: SessionRef,
      resolve: async (p, _args, ctx) => {
        const session = await ctx.loaders.session.load(p.session);
        if (!session) throw new Error(`Missing session ${p.session}`);
        return session;
      },
    }),
    asLead: t.exposeInt('asLead'),
    asPartner: t.exposeInt('asPartner'),
    total: t.exposeInt('total'),
  }),
});

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [OrganizationKindEnum], required: false }),
    name: t.string({ required: false, description: 'Text inside the name, acronym or an alias (case-insensitive).' }),
    sessions: t.intList({ required: false, description: 'Only organizations with events in these sessions.' }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.connection(
    {
      type: OrganizationRef,
      description: 'Organizations matching the filter, by name.',
      args: { filter: t.arg({ type: OrganizationFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const f = args.filter ?? {};
        const query = {
          kinds: f.kinds ?? null,
          name: f.name?.trim() ? f.name.trim().toLowerCase() : null,
          sessions: f.sessions ?? null,
        };
        return pagedConnection(args, (offset, limit) => findOrganizations(ctx.graph, query, offset, limit));
      },
    },
    OrganizationConnection,
  ),
  organization: t.field({
    type: OrganizationRef,
    description: 'One organization by canonical name, alias or acronym, case-insensitively ("GI-TOC", "UK").',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, { name }, ctx) => {
      const organization = await findOrganization(ctx, name);
      if (!organization) throw notFound('name', `No organization is named "${name}".`);
      return organization;
    },
  }),
}));
