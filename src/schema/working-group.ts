// WorkingGroup: a working group of the Conference, what it advises on and its meetings.
import { sourceOf } from '../graph/read/rows.js';
import { builder } from './builder.js';
import { loadNodes } from './nodes.js';
import { connectionFromPage, fetchWindow } from './pagination.js';
import { EventConnection, EventRef, InstrumentRef, SourceRefType, WorkingGroupRef } from './refs.js';

builder.node(WorkingGroupRef, {
  description: 'A working group of the Conference of the Parties.',
  id: { resolve: (w) => w.key },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.workingGroup, ids),
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    advisesOn: t.exposeString('advisesOn', { nullable: true }),
    establishedBy: t.exposeString('establishedBy', { nullable: true, description: 'e.g. "decision 3/2".' }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (w) => sourceOf(w) }),
    instruments: t.field({
      type: [InstrumentRef],
      resolve: (w, _args, ctx) => ctx.loaders.workingGroupInstruments.load(w.key),
    }),
    meetings: t.connection(
      {
        type: EventRef,
        description: 'Its meetings during COP sessions, in programme order.',
        resolve: async (w, args, ctx) =>
          connectionFromPage(args, await ctx.loaders.workingGroupMeetings.load({ key: w.key, ...fetchWindow(args) })),
      },
      EventConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  // A handful of groups, fixed by COP decisions: a list, not a connection.
  workingGroups: t.field({ type: [WorkingGroupRef], resolve: (_root, _args, ctx) => ctx.loaders.allWorkingGroups() }),
}));
