// Topic: a theme of the curated taxonomy (trafficking in persons, firearms, cybercrime...).
import { findTopic } from '../loaders/lookups.js';
import { builder } from './builder.js';
import { notFound } from './errors.js';
import { loadNodes } from './nodes.js';
import { connectionFromPage, fetchWindow } from './pagination.js';
import { EventConnection, EventRef, InstrumentRef, SessionCountRef, SessionRef, TopicRef } from './refs.js';

builder.node(TopicRef, {
  description: 'A theme events are about.',
  id: { resolve: (topic) => topic.key },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.topic, ids),
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    instruments: t.field({
      type: [InstrumentRef],
      resolve: (topic, _args, ctx) => ctx.loaders.topicInstruments.load(topic.key),
    }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events about the topic, in programme order.',
        resolve: async (topic, args, ctx) =>
          connectionFromPage(args, await ctx.loaders.topicEvents.load({ key: topic.key, ...fetchWindow(args) })),
      },
      EventConnection,
    ),
    trend: t.field({
      type: [SessionCountRef],
      description:
        'Events about the topic per session, ascending, listing only the sessions that have a programme (a ' +
        'programme document of that session was ingested), zero included; sessions known only from other ' +
        'documents are left out, since no count of their events can be given.',
      resolve: (topic, _args, ctx) => ctx.loaders.topicTrend.load({ key: topic.key }),
    }),
  }),
});

builder.objectType(SessionCountRef, {
  fields: (t) => ({
    session: t.field({
      type: SessionRef,
      resolve: async (c, _args, ctx) => {
        const session = await ctx.loaders.session.load(c.session);
        if (!session) throw new Error(`Missing session ${c.session}`);
        return session;
      },
    }),
    eventCount: t.exposeInt('eventCount'),
  }),
});

builder.queryFields((t) => ({
  // The taxonomy is curated and small (a dozen topics), so a plain list rather than a connection.
  topics: t.field({ type: [TopicRef], resolve: (_root, _args, ctx) => ctx.loaders.allTopics() }),
  topic: t.field({
    type: TopicRef,
    args: { name: t.arg.string({ required: true, description: 'Topic key or name, case-insensitively.' }) },
    resolve: async (_root, { name }, ctx) => {
      const topic = await findTopic(ctx, name);
      if (!topic) throw notFound('name', `No topic is named "${name}".`);
      return topic;
    },
  }),
}));
