// Bounded inputs, checked centrally before anything runs: every String/ID argument and input field of the
// schema has a maximum length (the table below, else DEFAULT_MAX_LENGTH), whether it comes as a literal or a
// variable, and free-text search also has a maximum number of terms (Lucene turns each term into clauses
// over several fields and refuses more than 1024). One envelop plugin, so schema files stay as they are.
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface StringLimit {
  /** Characters (Unicode code points). */
  maxLength: number;
  /** Words (runs of letters or digits), for free-text search. */
  maxTerms?: number;
}

/** Any String or ID argument or input field not named below. Names, aliases and cursors fit easily. */
export const DEFAULT_MAX_LENGTH = 200;

/**
 * Per-argument maxima, by schema coordinate (`Type.field(argument:)` for arguments, `InputType.field` for
 * input fields). Documented in the README ("Limits"); a test reads this table.
 */
export const STRING_LIMITS: Record<string, StringLimit> = {
  // The longest title in the corpus is ~190 characters; a search phrase is a few words.
  'Query.search(text:)': { maxLength: 200, maxTerms: 16 },
  // UNTOC, TIP_PROTOCOL, SOM_PROTOCOL, FIREARMS_PROTOCOL.
  'Query.instrument(key:)': { maxLength: 40 },
  // Global ids are base64 of "Type:key"; keys are short.
  'Query.node(id:)': { maxLength: 120 },
  'Query.nodes(ids:)': { maxLength: 120 },
};

export const limitFor = (coordinate: string): StringLimit =>
  STRING_LIMITS[coordinate] ?? { maxLength: DEFAULT_MAX_LENGTH };

const STRING_SCALARS = new Set(['String', 'ID']);

/** One argument of a document that can carry a String or ID: where it sits in the schema and its AST value. */
interface ArgumentCheck {
  node: ArgumentNode;
  type: GraphQLInputType;
  coordinate: string;
}

/**
 * The string-bearing arguments of each document, found once per document (yoga hands the same parsed document
 * back for the same query text): the schema walk with TypeInfo was ~5 % of the API's CPU when done per request.
 */
const plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, ArgumentCheck[]>>();

/** The first input in `document` that exceeds its limit, as a BAD_USER_INPUT error; null when all fit. */
export function checkInputLengths(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): GraphQLError | null {
  let bySchema = plans.get(schema);
  if (!bySchema) plans.set(schema, (bySchema = new WeakMap()));
  let plan = bySchema.get(document);
  if (!plan) bySchema.set(document, (plan = argumentChecks(schema, document)));
  for (const { node, type, coordinate } of plan) {
    // Variables are used as sent (they are checked here before coercion would copy them anywhere).
    const value = valueFromAST(node.value, type, variables);
    const error = checkValue(value, type, coordinate, node.name.value);
    if (error) return error;
  }
  return null;
}

function argumentChecks(schema: GraphQLSchema, document: DocumentNode): ArgumentCheck[] {
  const typeInfo = new TypeInfo(schema);
  const checks: ArgumentCheck[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!argument || !field || !parent || !mayHoldStrings(argument.type)) return;
        checks.push({ node, type: argument.type, coordinate: `${parent.name}.${field.name}(${argument.name}:)` });
      },
    }),
  );
  return checks;
}

/** Whether a value of this input type can contain a String or ID anywhere (input objects followed, once each). */
function mayHoldStrings(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (STRING_SCALARS.has(named.name)) return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => mayHoldStrings(field.type, seen));
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  coordinate: string,
  argumentName: string,
): GraphQLError | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkValue(value, nullable.ofType, coordinate, argumentName);
    for (const item of value) {
      const error = checkValue(item, nullable.ofType, coordinate, argumentName);
      if (error) return error;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const error = checkValue(
        (value as Record<string, unknown>)[field.name],
        field.type,
        `${nullable.name}.${field.name}`,
        argumentName,
      );
      if (error) return error;
    }
    return null;
  }
  if (!STRING_SCALARS.has(getNamedType(type).name) || typeof value !== 'string') return null;
  const limit = limitFor(coordinate);
  const length = [...value].length;
  if (length > limit.maxLength) {
    return tooLong(
      argumentName,
      coordinate,
      `is ${length} characters long; at most ${limit.maxLength} are accepted`,
      limit,
    );
  }
  if (limit.maxTerms !== undefined) {
    const terms = value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (terms > limit.maxTerms) {
      return tooLong(argumentName, coordinate, `has ${terms} words; at most ${limit.maxTerms} are accepted`, limit);
    }
  }
  return null;
}

function tooLong(argumentName: string, coordinate: string, what: string, limit: StringLimit): GraphQLError {
  return new GraphQLError(`"${argumentName}" (${coordinate}) ${what}.`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName, coordinate, ...limit },
  });
}

/** Runs the check on every execution, after validation and before any resolver. */
export function inputLengthLimits(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkInputLengths(args.schema, args.document, args.variableValues ?? {});
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
