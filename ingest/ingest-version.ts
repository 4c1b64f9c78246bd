// What decides that a document already in the graph is "unchanged" and need not be ingested again (npm start,
// issue 12 P7): its text AND everything that turns text into graph facts. The version below is a hash of the
// parsers and resolvers (ingest/**/*.ts, the shared src/domain/ module), the reviewed reference files
// (ingest/reference/*: aliases, topics, reviewed facts), the write Cypher and the dependencies' declared
// versions, so a curator's edit to ingest/reference/organizations.yaml, or a parser fix, re-ingests every
// document, while a restart with nothing changed skips them all. Hashing the files themselves instead of a
// hand-bumped version number means nobody has to remember to bump it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Folders whose files decide what a document becomes in the graph; the corpus itself is hashed per document. */
const INPUTS = ['ingest', 'src/domain', 'cypher/write', 'cypher/schema'];
const SKIPPED = new Set(['ingest/corpus']);

function filesUnder(folder: string): string[] {
  const path = join(root, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = `${folder}/${name}`;
      if (SKIPPED.has(child)) return [];
      return statSync(join(root, child)).isDirectory() ? filesUnder(child) : [child];
    });
}

/** The files hashed into the version, relative to the repository root, in a fixed order. */
export function ingestInputs(): string[] {
  return INPUTS.flatMap(filesUnder);
}

let cached: string | null = null;

/** Hex SHA-256 of the ingestion code, reference data and dependency versions; computed once per process. */
export function ingestVersion(): string {
  if (cached !== null) return cached;
  const hash = createHash('sha256');
  for (const file of ingestInputs()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: object };
  hash.update(JSON.stringify(manifest.dependencies ?? {}));
  cached = hash.digest('hex');
  return cached;
}

/** The key stored on a Document node: the same text read by the same code and reference data. */
export function ingestKey(text: string): string {
  return createHash('sha256').update(ingestVersion()).update('\0').update(text).digest('hex');
}
