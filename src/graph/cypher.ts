// Cypher lives in cypher/*.cypher so it can be read, reviewed and run in Neo4j Browser as is.
// Every value is a $parameter; nothing is spliced into these strings.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cypherDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher');
const cache = new Map<string, string>();

/**
 * The statement of cypher/<name>.cypher, e.g. cypher('write/events'), without its whole-line `//` comments:
 * they are for readers, and sent along they would only make every message longer (the driver writes
 * 1,400-byte chunks, see src/graph/no-delay.ts). Read once per process: the files do not change while it runs.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(cypherDir, `${name}.cypher`), 'utf8').replace(/^[ \t]*\/\/.*(?:\r?\n|$)/gm, '');
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements separated by ';' at line ends (schema files). */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

/**
 * `query` with each marked expression (`/*name*\/ … /*end*\/`) replaced by the one given for its name, the
 * markers kept (a statement in Neo4j's query log still says what was written out). A file keeps the general
 * form, which runs as is (reading properties whose names come in parameters); the API sends it with the names
 * written out, which Neo4j reads by token instead of by a name it looks up per value. Only property names go
 * in (`cypherProperty`), never input values.
 */
export function specialize(query: string, expressions: Record<string, string>): string {
  let text = query;
  for (const [name, expression] of Object.entries(expressions)) {
    const open = `/*${name}*/`;
    const start = text.indexOf(open);
    const end = start < 0 ? -1 : text.indexOf('/*end*/', start);
    if (end < 0) throw new Error(`Cypher: no ${open} … /*end*/ expression to specialize`);
    text = `${text.slice(0, start + open.length)} ${expression} ${text.slice(end)}`;
  }
  return text;
}

/** A statement with its marked expressions emptied: the same for a file and any specialization of it. */
export function unspecialized(query: string): string {
  return query.replace(/(\/\*[a-z ]+\*\/)[\s\S]*?(\/\*end\*\/)/g, '$1$2');
}

/** A property name as Cypher text may hold it: letters and digits only (record fields, never input). */
export function cypherProperty(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`Cypher: "${name}" is no property name`);
  return name;
}
