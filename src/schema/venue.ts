// Venue: a room or place where events were held ("Boardroom A", "Online").
import { builder } from './builder.js';
import { connectionFromPage, fetchWindow } from './pagination.js';
import { EventConnection, EventRef, VenueRef } from './refs.js';

builder.node(VenueRef, {
  id: { resolve: (v) => v.name },
  // A venue is its name: any name with events is a venue; no query needed to build the node.
  loadMany: (ids) => ids.map((name) => ({ name })),
  fields: (t) => ({
    name: t.exposeString('name'),
    events: t.connection(
      {
        type: EventRef,
        resolve: async (v, args, ctx) =>
          connectionFromPage(args, await ctx.loaders.venueEvents.load({ key: v.name, ...fetchWindow(args) })),
      },
      EventConnection,
    ),
  }),
});
