// AgendaItem: an item of a session's agenda ("2 (d)") and the plenary slots that took it up.
import { sourceOf } from '../graph/read/rows.js';
import { builder } from './builder.js';
import { loadNodes } from './nodes.js';
import { AgendaItemRef, EventRef, SessionRef, SourceRefType } from './refs.js';

builder.node(AgendaItemRef, {
  description: "An item of a session's agenda.",
  id: { resolve: (a) => a.key },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.agendaItem, ids),
  fields: (t) => ({
    key: t.exposeString('key'),
    number: t.exposeString('number', { description: 'As the agenda numbers it: "2 (d)".' }),
    title: t.exposeString('title'),
    session: t.field({
      type: SessionRef,
      resolve: async (a, _args, ctx) => {
        const session = await ctx.loaders.session.load(a.session);
        if (!session) throw new Error(`Agenda item ${a.key} points at missing session ${a.session}`);
        return session;
      },
    }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (a) => sourceOf(a) }),
    events: t.field({ type: [EventRef], resolve: (a, _args, ctx) => ctx.loaders.agendaItemEvents.load(a.key) }),
  }),
});
