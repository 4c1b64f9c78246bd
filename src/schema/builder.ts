// Configures the Pothos builder only: plugins, context type, scalars. Types live one per file beside it.
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, valueFromASTUntyped } from 'graphql';
import type { Context } from '../context.js';

export interface Types {
  Context: Context;
  Scalars: { Date: { Input: string; Output: string } };
  // Every connection reports how many items it holds in all, not only on this page.
  Connection: { totalCount: number };
  // Non-null unless a field says otherwise: absent data is the exception, and says so in the SDL.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export const builder = new SchemaBuilder<Types>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // `nodes` beside `edges`: researchers mostly want the items, not cursors.
    nodesOnConnection: true,
  },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar dates as documents give them: "YYYY-MM-DD", no time zone. */
/** A date as given, or a BAD_USER_INPUT error naming it. */
function parseDate(value: unknown): string {
  const text = String(value);
  if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
    throw new GraphQLError(`"${text}" is not a date (expected YYYY-MM-DD)`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text;
}

/** Calendar dates as documents give them: "YYYY-MM-DD", no time zone. */
builder.scalarType('Date', {
  description: 'A calendar date, "YYYY-MM-DD".',
  serialize: (value) => String(value),
  parseValue: parseDate,
  // graphql-js' default literal parser, with one parameter: a literal date holds no variables, and graphql-jit
  // (src/compiled-execution.ts) warns on every compile about literal parsers that take them.
  parseLiteral: (ast) => parseDate(valueFromASTUntyped(ast)),
});

builder.queryType({});
