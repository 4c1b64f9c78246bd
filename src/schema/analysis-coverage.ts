// Honest coverage: which documents the graph read for each session, whether a programme is among them, and
// when an organization was first and last named as an organizer. Counts of a session without a programme are
// not zeros: the corpus simply does not say.
import type { SessionRecord } from '../graph/read/records.js';
import { builder } from './builder.js';
import { DocumentRef, SessionCoverageRef } from './analysis-refs.js';
import { OrganizationRef, SessionRef } from './refs.js';
import type { Context } from '../context.js';

async function sessionOrNull(ctx: Context, number: number | null | undefined): Promise<SessionRecord | null> {
  return number == null ? null : ctx.loaders.session.load(number);
}

builder.objectType(DocumentRef, {
  description: 'A document of the corpus that the graph was built from.',
  fields: (t) => ({
    file: t.exposeString('file', { description: 'File name, as cited by every Source.' }),
    title: t.exposeString('title', { nullable: true }),
    kind: t.string({
      description: '"programme" (a session\'s programme of events) or "reference" (any other document).',
      resolve: (d) => d.kind ?? 'reference',
    }),
    session: t.field({
      type: SessionRef,
      nullable: true,
      description: 'The session a programme is the programme of; null for other documents.',
      resolve: async (d, _args, ctx) => sessionOrNull(ctx, await ctx.analysis.documentSession.load(d.file)),
    }),
  }),
});

builder.objectType(SessionCoverageRef, {
  description: 'What the graph knows of a session, and from which documents.',
  fields: (t) => ({
    hasProgramme: t.boolean({
      description: "Whether the session's programme was ingested. When false, the session's events are unknown.",
      resolve: (c) => c.programme !== null,
    }),
    events: t.exposeInt('events', {
      description:
        'Events the graph holds for the session. With hasProgramme false this is what was read (none), not how many took place.',
    }),
    documents: t.field({
      type: [DocumentRef],
      description:
        'Every document that states something about the session (its dates, events, agenda, people), by file.',
      resolve: (c) => c.documents,
    }),
  }),
});

builder.objectFields(SessionRef, (t) => ({
  programme: t.field({
    type: DocumentRef,
    nullable: true,
    description: 'The programme of the session the graph was built from; null when none was ingested.',
    resolve: async (s, _args, ctx) => (await ctx.analysis.sessionCoverage.load(s.number))?.programme ?? null,
  }),
  coverage: t.field({
    type: SessionCoverageRef,
    description: 'Which documents the graph read about the session, and whether its programme is one of them.',
    resolve: async (s, _args, ctx) =>
      (await ctx.analysis.sessionCoverage.load(s.number)) ?? {
        key: s.number,
        events: 0,
        documents: [],
        programme: null,
      },
  }),
}));

builder.objectFields(OrganizationRef, (t) => ({
  firstSeen: t.field({
    type: SessionRef,
    nullable: true,
    description:
      'The earliest session whose programme names it as an organizer; null when none does. Only sessions with an ingested programme can count.',
    resolve: async (o, _args, ctx) => sessionOrNull(ctx, (await ctx.analysis.organizationSeen.load(o.key))?.firstSeen),
  }),
  lastSeen: t.field({
    type: SessionRef,
    nullable: true,
    description: 'The latest session whose programme names it as an organizer; null when none does.',
    resolve: async (o, _args, ctx) => sessionOrNull(ctx, (await ctx.analysis.organizationSeen.load(o.key))?.lastSeen),
  }),
}));
