// Documents that are asked again run compiled: graphql-jit (Zalando's, the JIT that Mercurius and The Guild's
// envelop ship) turns a document into plain JavaScript functions with the resolvers called directly, instead
// of graphql-js walking the AST for every field of every list item. On large answers that walk was most of
// the time outside Neo4j: the flagship for the busiest organization at 100,000 events (21,776 events in the
// answer) spent ~76 ms in it, ~23 ms compiled; the 5 kB flagship of the bundled corpus ~0.2 ms less per
// request (`npm run bench`, `npm run bench:scale`; issue 12).
// Compiling costs 5–80 ms per document, so a document is compiled on its second execution: dashboards and
// saved operations repeat and pay it once, a one-off GraphiQL question never does, and a flood of distinct
// documents cannot make the server compile for each. Compiled queries live as long as yoga's parse cache
// keeps their document (a WeakMap), so their number is bounded by it. A document graphql-jit cannot compile
// keeps the ordinary executor.
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Per document and operation name: seen once, then the compiled query (or null: not compilable). */
type Entry = 'seen once' | { compiled: CompiledQuery | null };

export interface CompiledExecutionOptions {
  /** The compiler (tests count its calls or make it fail). */
  compile?: typeof compileQuery;
}

export function compiledExecution({ compile = compileQuery }: CompiledExecutionOptions = {}): Plugin {
  const byDocument = new WeakMap<DocumentNode, Map<string, Entry>>();
  const compiledFor = (args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null | undefined;
  }): CompiledQuery | null => {
    let entries = byDocument.get(args.document);
    if (entries === undefined) byDocument.set(args.document, (entries = new Map()));
    const name = args.operationName ?? '';
    const entry = entries.get(name);
    if (entry === undefined) {
      entries.set(name, 'seen once');
      return null;
    }
    if (entry !== 'seen once') return entry.compiled;
    let compiled: CompiledQuery | null = null;
    try {
      const result = compile(args.schema, args.document, args.operationName ?? undefined);
      if (isCompiledQuery(result)) compiled = result;
    } catch {
      // Left to the ordinary executor, which reports whatever is wrong with the document.
    }
    entries.set(name, { compiled });
    return compiled;
  };
  return {
    onExecute({ args, setExecuteFn }) {
      const compiled = compiledFor(args);
      if (compiled === null) return;
      const { document } = args;
      setExecuteFn((run) => {
        const result = compiled.query(run.rootValue, run.contextValue, run.variableValues ?? {});
        return result instanceof Promise
          ? result.then((r) => withGraphQLJsErrors(r as ExecutionResult, document))
          : withGraphQLJsErrors(result as ExecutionResult, document);
      });
    },
  };
}

/**
 * graphql-jit's field errors carry `locations` but not the AST positions graphql-js errors keep, and yoga
 * rebuilds every error from those positions before sending it, so the locations were lost; and its results put
 * `data` before `errors`. Errors are rebuilt as graphql-js builds them (same message, path, original error and
 * extensions, positions in the document's source), so a compiled answer is graphql-js' answer byte for byte.
 */
function withGraphQLJsErrors(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  if (!result.errors?.length) return result;
  const source = document.loc?.source;
  const errors = result.errors.map(
    (error) =>
      new GraphQLError(error.message, {
        ...(source && error.locations
          ? { source, positions: error.locations.map((l) => offsetOf(source.body, l)) }
          : {}),
        path: error.path ?? undefined,
        // Extensions then come from the original error, as graphql-js' locatedError gives them.
        originalError: error.originalError,
      }),
  );
  const { data, extensions } = result;
  return extensions === undefined ? { errors, data } : { errors, data, extensions };
}

/** The offset of a 1-based line and column in `body` (GraphQL counts \r\n, \n and \r as line ends). */
function offsetOf(body: string, { line, column }: { line: number; column: number }): number {
  let offset = 0;
  for (let l = 1; l < line; l += 1) {
    const next = body.slice(offset).search(/\r\n|\n|\r/);
    if (next < 0) break;
    offset += next + (body.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return offset + column - 1;
}
