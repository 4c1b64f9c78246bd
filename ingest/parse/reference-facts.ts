// Reviewed facts for what the reference documents state only in running prose (who spoke, who
// presided, participation figures, the Review Mechanism). Structure — tables, labelled fields, lists,
// headings — is parsed from the document itself; a sentence like "The opening session was also
// addressed by …, H.E. Mr. Mohamed El-Molla, Permanent Representative of Egypt, …" is not, because a
// regex for it would fit that one sentence and nothing else. Instead a reviewer records the fact in
// ingest/reference/reference-facts.yaml with the document line and a short quote, and parsing checks
// that the line still says it: an edited or re-extracted document fails loudly rather than keeping a
// fact whose evidence moved.
//
// Each entry must also carry its evidence in the quote: a fact's value, a person's surname and a
// unit's name appear in the quote, so a reviewer cannot record what the line does not say.

import { readFileSync } from 'node:fs';
import { LineCounter, isSeq, parseDocument } from 'yaml';
import { z } from 'zod';
import { IngestError } from '../errors.js';
import type { FactRecord, PersonRecord, UnodcUnitRecord } from '../records.js';
import { plainText, src } from './reference-text.js';
import type { SourceLine } from './text.js';

export const REFERENCE_FACTS_FILE = 'reference-facts.yaml';

const factSchema = z.object({
  subject: z.string().min(1),
  predicate: z.string().min(1),
  value: z.string().min(1),
  session: z.number().int().positive().nullable().default(null),
});

const personSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1).nullable().default(null),
  organization: z.string().min(1).nullable().default(null),
  session: z.number().int().positive().nullable().default(null),
  relation: z.enum(['PRESIDENT', 'SPEAKER']).nullable().default(null),
});

const unitSchema = z.object({
  name: z.string().min(1),
  code: z.string().min(1).nullable().default(null),
  parent: z.string().min(1).nullable().default(null),
});

const entrySchema = z
  .object({
    file: z.string().min(1),
    line: z.number().int().positive(),
    quote: z.string().min(1),
    fact: factSchema.optional(),
    person: personSchema.optional(),
    unodcUnit: unitSchema.optional(),
  })
  .strict()
  .refine((e) => [e.fact, e.person, e.unodcUnit].filter((x) => x !== undefined).length === 1, {
    message: 'an entry states exactly one of fact, person, unodcUnit',
  });

export type ReviewedEntry = z.infer<typeof entrySchema> & {
  /** Where the entry sits in the yaml file, for error messages. */
  yamlFile: string;
  yamlLine: number | null;
};

/** Reads the reviewed-facts yaml. Malformed entries are IngestErrors naming the yaml file and line. */
export function parseReviewedFacts(yamlText: string, yamlFile: string = REFERENCE_FACTS_FILE): ReviewedEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const line = firstError.linePos?.[0].line ?? null;
    throw new IngestError(yamlFile, line, `invalid yaml: ${firstError.message}`);
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new IngestError(yamlFile, 1, 'expected a list of entries');
  const items = doc.contents.items;
  const values = doc.toJS() as unknown[];
  return values.map((value, i) => {
    const offset = (items[i] as { range?: [number, number, number] } | undefined)?.range?.[0];
    const yamlLine = offset === undefined ? null : lineCounter.linePos(offset).line;
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue === undefined || issue.path.length === 0 ? '' : ` (${issue.path.join('.')})`;
      throw new IngestError(yamlFile, yamlLine, `invalid entry${where}: ${issue?.message ?? 'malformed'}`);
    }
    return { ...parsed.data, yamlFile, yamlLine };
  });
}

let defaultEntries: ReviewedEntry[] | undefined;

/** The repository's reviewed facts (ingest/reference/reference-facts.yaml), read once. */
export function loadReviewedFacts(): ReviewedEntry[] {
  if (defaultEntries === undefined) {
    const url = new URL(`../reference/${REFERENCE_FACTS_FILE}`, import.meta.url);
    defaultEntries = parseReviewedFacts(readFileSync(url, 'utf8'));
  }
  return defaultEntries;
}

function contains(haystack: string, needle: string): boolean {
  return plainText(haystack).toLowerCase().includes(plainText(needle).toLowerCase());
}

function surname(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

export interface ReviewedRecords {
  facts: FactRecord[];
  people: PersonRecord[];
  unodcUnits: UnodcUnitRecord[];
}

/**
 * The reviewed records for one document, each sourced at the line its entry cites. Throws an
 * IngestError naming the document and line when that line no longer contains the entry's quote.
 */
export function reviewedRecordsFor(
  file: string,
  lines: readonly SourceLine[],
  entries: readonly ReviewedEntry[],
): ReviewedRecords {
  const out: ReviewedRecords = { facts: [], people: [], unodcUnits: [] };
  for (const e of entries) {
    if (e.file !== file) continue;
    const at = `${e.yamlFile}${e.yamlLine === null ? '' : `:${e.yamlLine}`}`;
    const line = lines[e.line - 1];
    if (line === undefined) {
      throw new IngestError(file, e.line, `reviewed fact (${at}) cites a line past the end of the document`);
    }
    if (!contains(line.text, e.quote)) {
      throw new IngestError(file, e.line, `line no longer says "${e.quote}" (quoted by reviewed fact ${at})`);
    }
    const evidence = (needle: string, what: string) => {
      if (!contains(e.quote, needle)) {
        throw new IngestError(e.yamlFile, e.yamlLine, `${what} "${needle}" does not appear in the quote "${e.quote}"`);
      }
    };
    const source = src(file, e.line);
    if (e.fact !== undefined) {
      evidence(e.fact.value, 'fact value');
      out.facts.push({ ...e.fact, source });
    } else if (e.person !== undefined) {
      evidence(surname(e.person.name), 'person');
      out.people.push({ ...e.person, source });
    } else if (e.unodcUnit !== undefined) {
      evidence(e.unodcUnit.name, 'unit name');
      out.unodcUnits.push({ ...e.unodcUnit, source });
    }
  }
  return out;
}
