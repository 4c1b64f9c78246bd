// Organization: a State, UN entity, IGO, NGO, academic or other body, with its events, units and partners.
import { findOrganizations } from '../graph/read/organizations.js';
import { sourceOf } from '../graph/read/rows.js';
import { findOrganization, resolvedName } from '../loaders/lookups.js';
import type { Context } from '../context.js';
import type { OrganizationKind } from '../graph/read/records.js';
import { getArgumentValues, isObjectType, Kind, type GraphQLResolveInfo } from 'graphql';
import { asSet, partnershipFilter, type PartnershipArgs } from './arguments.js';
import { builder } from './builder.js';
import { OrganizationKindEnum, OrganizerRoleEnum } from './enums.js';
import { notFound } from './errors.js';
import { eventPropertiesUnder, organizationPropertiesUnder } from './projection.js';
import { loadNodes } from './nodes.js';
import { connectionFromPage, fetchWindow, rootWindow } from './pagination.js';
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
          const request = { key: o.key, role: args.role ?? null, sessions: asSet(args.sessions), ...fetchWindow(args) };
          return connectionFromPage(args, await ctx.loaders.organizationEvents.load(request));
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
      resolve: (o, { role, sessions }, ctx) =>
        ctx.loaders.organizationMentions.load({ key: o.key, role: role ?? null, sessions: asSet(sessions) }),
    }),
    partners: t.field({
      type: [PartnershipRef],
      description:
        'Co-organizers of its events, most shared events first (ties by name). Only events of `sessions` and ' +
        'about `topic` count when given; with `includeUnits`, the events of its units (PART_OF, transitively) ' +
        'count as its own and its units are not listed as partners.',
      args: {
        kind: t.arg({ type: OrganizationKindEnum, required: false }),
        sessions: t.arg.intList({ required: false }),
        minSharedEvents: t.arg.int({ required: false, defaultValue: 1 }),
        topic: t.arg.string({ required: false, description: 'Topic key or name, as topic(name:) takes it.' }),
        includeUnits: t.arg.boolean({ required: false, defaultValue: false }),
      },
      resolve: (o, args, ctx, info) => loadPartners(ctx, o.key, args, info),
    }),
    timeline: t.field({
      type: [TimelinePointRef],
      description: 'Its events per session, as lead and as partner.',
      resolve: (o, _args, ctx) => ctx.loaders.organizationTimeline.load({ key: o.key }),
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
    sessions: t.field({ type: [SessionRef], resolve: (p) => p.sessions }),
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

type PartnersArgs = { kind?: OrganizationKind | null } & Omit<PartnershipArgs, 'kinds'>;

/** Organization.partners: the normalized request, through the per-request loader. */
async function loadPartners(
  ctx: Context,
  key: string,
  { kind, ...args }: PartnersArgs,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
) {
  const filter = await partnershipFilter(ctx, { ...args, kinds: kind ? [kind] : null });
  const request = {
    key,
    ...filter,
    eventProps: eventPropertiesUnder(info, 'events'),
    organizationProps: organizationPropertiesUnder(info, 'organization'),
  };
  return (await ctx.loaders.organizationPartners.load(request)).partners;
}

/**
 * Look-ahead for `organization(name:) { partners(…) }` (the flagship question): when the resolver names the
 * key without the database, each `partners` selected right under the field is requested at once. Its rows carry
 * the organization's record (primed into the by-key loader): for a name the resolver knows (a State, the
 * catalogue) the field waits for them, so the flagship costs ONE query, and only an organization without such
 * partners a second, by key. For a name it only turned into a slug, which may not be in the graph, the lookups
 * run side by side instead. The field's own resolver then finds the request in the loader's cache. Failures
 * surface there, not here.
 */
function prefetchPartners(ctx: Context, name: string, info: GraphQLResolveInfo): Promise<unknown> | null {
  const resolved = resolvedName(ctx, name);
  const type = info.schema.getType('Organization');
  if (resolved === null || !isObjectType(type)) return null;
  const { key, known } = resolved;
  const field = type.getFields().partners!;
  const pending: Promise<unknown>[] = [];
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== 'partners' || selection.directives?.length)
        continue;
      const args = getArgumentValues(field, selection, info.variableValues) as PartnersArgs;
      pending.push(loadPartners(ctx, key, args, { fieldNodes: [selection], fragments: info.fragments }));
    }
  }
  const settled = Promise.allSettled(pending);
  return known ? settled : null;
}

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
      resolve: async (_root, args, ctx) => {
        const f = args.filter ?? {};
        const query = {
          kinds: asSet(f.kinds),
          name: f.name?.trim() ? f.name.trim().toLowerCase() : null,
          sessions: f.sessions ?? null,
        };
        const { offset, limit } = rootWindow(args);
        return connectionFromPage(args, await findOrganizations(ctx.graph, query, offset, limit));
      },
    },
    OrganizationConnection,
  ),
  organization: t.field({
    type: OrganizationRef,
    description: 'One organization by canonical name, alias or acronym, case-insensitively ("GI-TOC", "UK").',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, { name }, ctx, info) => {
      await prefetchPartners(ctx, name, info);
      const organization = await findOrganization(ctx, name);
      if (!organization) throw notFound('name', `No organization is named "${name}".`);
      return organization;
    },
  }),
}));
