import { builder } from './builder.js';

builder.queryType({
  fields: (t) => ({
    ping: t.string({ description: 'Always "pong".', resolve: () => 'pong' }),
  }),
});

export const schema = builder.toSchema();
