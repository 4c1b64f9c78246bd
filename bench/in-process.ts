// The benches' in-process GraphQL client: one POST through the server's own fetch (no port), with the
// Content-Length an HTTP client sends (fetch, browsers, autocannon) — yoga.fetch adds none, and without it the
// request would take the slower counted-body path of src/limits/request-body.ts.

/** Anything with yoga's in-process `fetch`. */
interface InProcessServer {
  fetch(url: string, init: RequestInit): Response | Promise<Response>;
}

/** A function that asks `query` and returns its data, throwing on GraphQL errors (a bench must not time them). */
export function inProcessGraphQL(server: InProcessServer): (query: string) => Promise<any> {
  return async (query) => {
    const request = JSON.stringify({ query });
    const response = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(request)) },
      body: request,
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };
}
