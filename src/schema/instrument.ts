// Instrument: the Convention and each of its three Protocols, with party counts as of each stated date.
import { sourceOf } from '../graph/read/rows.js';
import { builder } from './builder.js';
import { notFound } from './errors.js';
import { loadNodes } from './nodes.js';
import { connectionFromPage, fetchWindow } from './pagination.js';
import {
  EventConnection,
  EventRef,
  InstrumentRef,
  PartyStatusRef,
  SourceRefType,
  TopicRef,
  WorkingGroupRef,
} from './refs.js';

builder.node(InstrumentRef, {
  description: 'The Convention (UNTOC) or one of its Protocols.',
  id: { resolve: (i) => i.key },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.instrument, ids),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'UNTOC, TIP_PROTOCOL, SOM_PROTOCOL or FIREARMS_PROTOCOL.' }),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    adoptedOn: t.expose('adoptedOn', { type: 'Date', nullable: true }),
    gaResolution: t.exposeString('gaResolution', { nullable: true }),
    entryIntoForce: t.expose('entryIntoForce', { type: 'Date', nullable: true }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (i) => sourceOf(i) }),
    topics: t.field({ type: [TopicRef], resolve: (i, _args, ctx) => ctx.loaders.instrumentTopics.load(i.key) }),
    workingGroups: t.field({
      type: [WorkingGroupRef],
      resolve: (i, _args, ctx) => ctx.loaders.instrumentWorkingGroups.load(i.key),
    }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events about one of its topics, or meetings of a working group advising on it.',
        resolve: async (i, args, ctx) =>
          connectionFromPage(args, await ctx.loaders.instrumentEvents.load({ key: i.key, ...fetchWindow(args) })),
      },
      EventConnection,
    ),
    partyStatuses: t.field({
      type: [PartyStatusRef],
      description: 'Party counts the documents state, oldest first.',
      resolve: (i, _args, ctx) => ctx.loaders.instrumentStatuses.load(i.key),
    }),
    parties: t.field({
      type: PartyStatusRef,
      nullable: true,
      description: 'The latest party count stated on or before asOf (the latest of all without asOf).',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: (i, { asOf }, ctx) => ctx.loaders.instrumentParties.load({ key: i.key, asOf: asOf ?? null }),
    }),
  }),
});

builder.objectType(PartyStatusRef, {
  description: 'How many States were parties (and signatories) as of a date, as a document states it.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date' }),
    parties: t.exposeInt('parties', { nullable: true }),
    signatories: t.exposeInt('signatories', { nullable: true }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (s) => sourceOf(s) }),
  }),
});

builder.queryFields((t) => ({
  // Four instruments by definition: a list, not a connection.
  instruments: t.field({ type: [InstrumentRef], resolve: (_root, _args, ctx) => ctx.loaders.allInstruments() }),
  instrument: t.field({
    type: InstrumentRef,
    args: {
      key: t.arg.string({ required: true, description: 'UNTOC, TIP_PROTOCOL, SOM_PROTOCOL or FIREARMS_PROTOCOL.' }),
    },
    resolve: async (_root, { key }, ctx) => {
      const instrument = await ctx.loaders.instrument.load(key.trim().toUpperCase());
      if (!instrument) throw notFound('key', `No instrument has the key "${key}".`);
      return instrument;
    },
  }),
}));
