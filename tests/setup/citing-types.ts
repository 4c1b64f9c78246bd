// The relationship types that cite a document: those whose relationship variable cypher/write sets
// `sourceFile` on (`MERGE (a)-[r:TYPE]->(b) … SET r.sourceFile = …`). Read from the statements themselves, so
// a new citing type shows up here without anyone remembering to list it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WRITE_DIR = join(import.meta.dirname, '../../cypher/write');

export function citingTypes(): string[] {
  const types = new Set<string>();
  for (const file of readdirSync(WRITE_DIR).filter((f) => f.endsWith('.cypher'))) {
    const text = readFileSync(join(WRITE_DIR, file), 'utf8');
    for (const [, variable, type] of text.matchAll(/\[(\w+):([A-Z_]+)\]/g)) {
      if (new RegExp(`\\b${variable}\\.sourceFile\\s*=`).test(text)) types.add(type!);
    }
  }
  return [...types].sort();
}
