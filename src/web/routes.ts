// The app's own pages besides GraphQL, as one yoga plugin: the Explorer at / (with its assets) and the
// exports under /export/. Kept here so src/server.ts only adds the plugin.
import type { Plugin, YogaServer } from 'graphql-yoga';
import { EXPORT_PREFIX, exportResponse } from '../export/http.js';
import { inProcessGraphQL } from '../export/graphql-client.js';
import { asset } from './assets.js';

export function webRoutes(): Plugin {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let yoga: YogaServer<any, any> | null = null;
  return {
    onYogaInit({ yoga: server }) {
      yoga = server;
    },
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname.startsWith(EXPORT_PREFIX)) {
        const server = yoga;
        if (!server) throw new Error('webRoutes: the plugin was not initialised by yoga');
        // Exports ask the GraphQL API itself, in-process (yoga.handle runs the execution with every GraphQL
        // plugin, armor limits and timeout included): the same answers and limits as any client.
        const graphql = inProcessGraphQL((inner) => server.handle(inner, serverContext));
        endResponse(await exportResponse(graphql, request, url, fetchAPI));
        return;
      }
      const file = request.method === 'GET' || request.method === 'HEAD' ? asset(url.pathname) : null;
      if (!file) return;
      const { body, contentType } = await file;
      endResponse(
        new fetchAPI.Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-cache' } }),
      );
    },
  };
}
