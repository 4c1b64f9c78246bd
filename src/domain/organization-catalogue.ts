// Loads and validates the curated alias file (reference/organizations.yaml).
// Every error names the file, the line and the entry, so curators can fix the YAML directly.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { OrganizationKind } from './kinds.js';
import { compactKey, slugify } from './normalize.js';

export const DEFAULT_ORGANIZATIONS_FILE = fileURLToPath(
  new URL('../../ingest/reference/organizations.yaml', import.meta.url),
);

/** Kinds a YAML entry may have: States come from ISO 3166, never from the file. */
const ENTRY_KINDS: readonly OrganizationKind[] = ['UN', 'IGO', 'NGO', 'ACADEMIC', 'OTHER'];
const FIELDS = new Set(['name', 'acronym', 'aliases', 'kind', 'parent', 'code']);

export interface CatalogueEntry {
  key: string;
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind;
  /** Parent's canonical name as written; resolved to a key by the resolver. */
  parent: string | null;
  code: string | null;
  /** 1-based line of the entry in the YAML file, for error messages. */
  line: number;
}

export class CatalogueError extends Error {
  constructor(file: string, line: number | null, entry: string | null, reason: string) {
    const where = line === null ? basename(file) : `${basename(file)}:${line}`;
    super(entry === null ? `${where}: ${reason}` : `${where}: entry "${entry}": ${reason}`);
    this.name = 'CatalogueError';
  }
}

function optionalString(value: unknown, field: string, fail: (reason: string) => never): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') fail(`"${field}" must be a non-empty string`);
  return (value as string).trim();
}

/** Parses the YAML file into entries; checks shape and kinds (cross-entry checks are the resolver's). */
export function loadCatalogue(file: string = DEFAULT_ORGANIZATIONS_FILE): CatalogueEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CatalogueError(file, null, null, `cannot read: ${(error as Error).message}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const line = firstError.linePos?.[0]?.line ?? null;
    throw new CatalogueError(file, line, null, `invalid YAML: ${firstError.message.split('\n')[0]}`);
  }
  if (!isSeq(doc.contents)) {
    throw new CatalogueError(file, null, null, 'the file must be a YAML list of organization entries');
  }
  return doc.contents.items.map((item: unknown, index) => {
    const node = item as Node;
    const line = node.range ? lineCounter.linePos(node.range[0]).line : null;
    const raw: unknown = isMap(node) ? node.toJSON() : null;
    const label = (raw as { name?: unknown } | null)?.name;
    const entryName = typeof label === 'string' ? label : `#${index + 1}`;
    const fail = (reason: string): never => {
      throw new CatalogueError(file, line, entryName, reason);
    };
    if (raw === null || typeof raw !== 'object') return fail('an entry must be a mapping');
    const record = raw as Record<string, unknown>;
    for (const field of Object.keys(record)) {
      if (!FIELDS.has(field)) fail(`unknown field "${field}"`);
    }
    const name = optionalString(record.name, 'name', fail) ?? fail('missing "name"');
    const kind = record.kind;
    if (typeof kind !== 'string' || !ENTRY_KINDS.includes(kind as OrganizationKind)) {
      fail(`unknown kind ${JSON.stringify(kind)} (expected one of ${ENTRY_KINDS.join(', ')})`);
    }
    const aliases = record.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
      fail('"aliases" must be a list of non-empty strings');
    }
    if (compactKey(name) === '') fail('the name has no letters or digits');
    return {
      key: `org:${slugify(name)}`,
      name,
      acronym: optionalString(record.acronym, 'acronym', fail),
      aliases: (aliases as string[]).map((a) => a.trim()),
      kind: kind as OrganizationKind,
      parent: optionalString(record.parent, 'parent', fail),
      code: optionalString(record.code, 'code', fail),
      line: line ?? 0,
    };
  });
}
