// The one way export code (HTTP routes and the CLI) asks for data: a GraphQL operation run in-process
// through the yoga server, so exports see exactly what the API answers, with the API's own limits.
export type RunGraphQL = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A failed operation; `badInput` when the API blamed an argument (BAD_USER_INPUT, validation). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly badInput: boolean,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** Answers a GraphQL HTTP request without a network: yoga's `fetch` (server adapter) or `handle` (in a plugin). */
export type InProcessFetch = (request: Request) => Response | Promise<Response>;

export function inProcessGraphQL(fetch: InProcessFetch): RunGraphQL {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      }),
    );
    const body = (await response.json()) as GraphQLBody<T>;
    const [first] = body.errors ?? [];
    if (first) {
      const code = first.extensions?.code;
      throw new GraphQLRequestError(first.message, code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED');
    }
    if (body.data == null)
      throw new GraphQLRequestError(`GraphQL answered HTTP ${response.status} without data.`, false);
    return body.data;
  };
}
