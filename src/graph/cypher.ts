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
