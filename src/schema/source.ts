// Source: the document and line a fact was read from, reachable from every fact that came from a document.
import { builder } from './builder.js';
import { SourceRefType } from './refs.js';

builder.objectType(SourceRefType, {
  description:
    'Where a fact was read: a document of the corpus and a 1-based line in it (for a PDF, the line on `page`).',
  fields: (t) => ({
    document: t.string({ description: 'File name of the document.', resolve: (s) => s.file }),
    line: t.int({
      description:
        'Line in a text document or of the HTML element; for a PDF, the line counted from the top of `page`.',
      resolve: (s) => s.line,
    }),
    page: t.int({
      nullable: true,
      description: 'Page of a PDF document (1-based); null for text and HTML documents.',
      resolve: (s) => s.page,
    }),
    documentTitle: t.string({
      nullable: true,
      resolve: async (s, _args, ctx) => (await ctx.loaders.document.load(s.file))?.title ?? null,
    }),
  }),
});
