// The Explorer is an ordinary client of the app's GraphQL API: same endpoint, same limits, nothing privileged.

/** A GraphQL answer with errors (or none at all); `codes` are the errors' extensions.code, e.g. BAD_USER_INPUT. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[] = [],
  ) {
    super(message);
  }
}

interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphqlError[] };
  if (body.errors?.length) {
    throw new ApiError(
      body.errors.map((e) => e.message).join(' '),
      body.errors.flatMap((e) => (e.extensions?.code ? [e.extensions.code] : [])),
    );
  }
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}
