// search(text:): ranked full-text matches over events and organizations.
import { searchEvents, searchOrganizations } from '../graph/read/search.js';
import { builder } from './builder.js';
import { badInput } from './errors.js';
import { EventHitRef, EventRef, OrganizationHitRef, OrganizationRef, SearchResultsRef } from './refs.js';

const MAX_HITS = 100;

builder.objectType(SearchResultsRef, {
  fields: (t) => ({
    events: t.field({ type: [EventHitRef], resolve: (r) => r.events }),
    organizations: t.field({ type: [OrganizationHitRef], resolve: (r) => r.organizations }),
  }),
});

builder.objectType(EventHitRef, {
  fields: (t) => ({
    event: t.field({ type: EventRef, resolve: (h) => h.event }),
    score: t.exposeFloat('score'),
  }),
});

builder.objectType(OrganizationHitRef, {
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, resolve: (h) => h.organization }),
    score: t.exposeFloat('score'),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultsRef,
    description:
      'Best matches of the words in event titles and descriptions, and in organization names, acronyms and aliases.',
    args: {
      text: t.arg.string({ required: true }),
      // Ranked top hits, not a list to page through: a bounded `first` instead of a connection.
      first: t.arg.int({ required: false, defaultValue: 10, description: `Hits per list, at most ${MAX_HITS}.` }),
    },
    resolve: async (_root, { text, first }, ctx) => {
      const limit = first ?? 10;
      if (limit < 1 || limit > MAX_HITS) throw badInput('first', `"first" must be between 1 and ${MAX_HITS}.`);
      if (!/[\p{L}\p{N}]/u.test(text)) throw badInput('text', '"text" needs at least one letter or digit.');
      const [events, organizations] = await Promise.all([
        searchEvents(ctx.graph, text, limit),
        searchOrganizations(ctx.graph, text, limit),
      ]);
      return { events, organizations };
    },
  }),
}));
