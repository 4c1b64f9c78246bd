// The Explorer is an ordinary client of the app's GraphQL API: same endpoint, same limits, nothing privileged.
export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join(' '));
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}
