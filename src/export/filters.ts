// The filters of an export, the same as partnershipNetwork's arguments, read from a URL query or the CLI
// and checked before anything is written: every problem is one line naming the parameter and the fix.
import { GraphQLEnumType } from 'graphql';
import { schema } from '../schema/index.js';
import type { RunGraphQL } from './graphql-client.js';

export interface NetworkFilter {
  /** Session numbers, ascending; null: every session. */
  sessions: number[] | null;
  /** Organization kinds both ends must have; null: every kind. */
  kinds: string[] | null;
  minSharedEvents: number;
}

/** Bad input from the user: the message is the one line the 400 answer (or the CLI) shows. */
export class ExportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportInputError';
  }
}

export const FILTER_PARAMETERS = ['sessions', 'kinds', 'minSharedEvents'] as const;

/** Kind names as the API's OrganizationKind enum defines them (so the list never drifts from the schema). */
export function organizationKinds(): string[] {
  const type = schema.getType('OrganizationKind');
  if (!(type instanceof GraphQLEnumType)) throw new Error('OrganizationKind is missing from the schema');
  return type.getValues().map((v) => v.name);
}

/**
 * Reads `sessions=10,12` (or repeated), `kinds=STATE,NGO`, `minSharedEvents=2` and nothing else. Checks the
 * syntax only; `checkSessionsExist` checks the numbers against the graph.
 */
export function parseFilter(params: URLSearchParams): NetworkFilter {
  for (const name of new Set(params.keys())) {
    if (!(FILTER_PARAMETERS as readonly string[]).includes(name)) {
      throw new ExportInputError(`Unknown parameter "${name}" (use ${FILTER_PARAMETERS.join(', ')}).`);
    }
  }
  return {
    sessions: parseSessions(listOf(params, 'sessions')),
    kinds: parseKinds(listOf(params, 'kinds')),
    minSharedEvents: parseMinimum(params.get('minSharedEvents')),
  };
}

function listOf(params: URLSearchParams, name: string): string[] | null {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return params.has(name) ? values : null;
}

function parseSessions(values: string[] | null): number[] | null {
  if (values === null) return null;
  if (values.length === 0) throw new ExportInputError('"sessions" is empty: give session numbers like 10,12.');
  const numbers = values.map((v) => {
    if (!/^\d{1,4}$/.test(v)) throw new ExportInputError(`"sessions": "${v}" is not a session number (like 10,12).`);
    return Number(v);
  });
  return [...new Set(numbers)].sort((a, b) => a - b);
}

function parseKinds(values: string[] | null): string[] | null {
  if (values === null) return null;
  const known = organizationKinds();
  if (values.length === 0) throw new ExportInputError(`"kinds" is empty: give kinds like ${known.join(',')}.`);
  const kinds = values.map((v) => v.toUpperCase());
  const unknown = kinds.find((k) => !known.includes(k));
  if (unknown !== undefined) {
    throw new ExportInputError(`"kinds": unknown kind "${unknown}" (one of ${known.join(', ')}).`);
  }
  return [...new Set(kinds)];
}

function parseMinimum(value: string | null): number {
  if (value === null || value.trim() === '') return 1;
  if (!/^\d{1,6}$/.test(value.trim())) {
    throw new ExportInputError(`"minSharedEvents": "${value}" is not a whole number of at least 1.`);
  }
  const n = Number(value);
  if (n < 1) throw new ExportInputError('"minSharedEvents" must be at least 1.');
  return n;
}

const SESSION_NUMBERS = /* GraphQL */ `
  query ExportSessionNumbers {
    sessions(first: 200) {
      nodes {
        number
      }
    }
  }
`;

/** Unknown session numbers are an error, not an empty file (a typo would otherwise look like "no partners"). */
export async function checkSessionsExist(graphql: RunGraphQL, filter: NetworkFilter): Promise<void> {
  if (filter.sessions === null) return;
  const { sessions } = await graphql<{ sessions: { nodes: { number: number }[] } }>(SESSION_NUMBERS);
  const known = sessions.nodes.map((s) => s.number);
  const unknown = filter.sessions.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new ExportInputError(
      `"sessions": no session ${unknown.join(', ')} in the graph (known: ${known.join(', ') || 'none'}).`,
    );
  }
}
