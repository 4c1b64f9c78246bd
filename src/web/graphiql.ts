// GraphiQL with every script, style and worker inlined by @graphql-yoga/render-graphiql (the yoga team's
// bundle of GraphiQL), so the page works with the network cut off; yoga's default loads it from a CDN.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

const rendered = new Map<string, string>();

/** The page is ~9 MB of inlined assets: rendered once per set of options (the saved-operation tabs). */
export function renderLocalGraphiQL(options: GraphiQLOptions): string {
  const key = JSON.stringify(options);
  let page = rendered.get(key);
  if (page === undefined) {
    page = renderGraphiQL(options);
    rendered.set(key, page);
  }
  return page;
}
