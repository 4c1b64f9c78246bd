// Topic assignment from event titles and descriptions, driven by the curated taxonomy in
// reference/topics.yaml (patterns are regular expressions, matched case-insensitively on whole words).

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { InstrumentKey } from '../records.js';
import { foldText } from '../../src/domain/normalize.js';

export const DEFAULT_TOPICS_FILE = fileURLToPath(new URL('../reference/topics.yaml', import.meta.url));

const INSTRUMENTS: readonly InstrumentKey[] = ['UNTOC', 'TIP_PROTOCOL', 'SOM_PROTOCOL', 'FIREARMS_PROTOCOL'];
const FIELDS = new Set(['key', 'name', 'instrument', 'description', 'scope', 'patterns', 'exclude']);

export interface TopicDefinition {
  /** Stable key, UPPER_SNAKE_CASE ("TRAFFICKING_IN_PERSONS"). */
  key: string;
  name: string;
  /** The instrument the topic belongs to, when it belongs to one. */
  instrument: InstrumentKey | null;
  description: string;
}

export interface TopicAssigner {
  /** Keys of the topics an event is about, in taxonomy order. */
  assign(title: string, description: string | null): string[];
  topics(): TopicDefinition[];
}

interface CompiledTopic {
  definition: TopicDefinition;
  patterns: RegExp[];
  /** The patterns as one alternation, which matches a text exactly when one of them does; null when they hold a backreference. */
  anyPattern: RegExp | null;
  exclude: RegExp[];
  /** 'title': the topic is only assigned from titles (descriptions mention it in passing). */
  scope: 'title' | 'all';
}

/**
 * The text patterns see: diacritics folded, HTML removed, apostrophes dropped, and hyphens, slashes
 * and dashes read as spaces ("TIP/SOM" → "TIP SOM", "anti-money-laundering" → "anti money laundering").
 */
export function normalizeForTopics(text: string): string {
  return foldText(text)
    .replace(/<[^>]*>/g, ' ')
    .replace(/'/g, '')
    .replace(/[-/_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const WHOLE_WORD_START = '(?<![\\p{L}\\p{N}])(?:';
const WHOLE_WORD_END = ')(?![\\p{L}\\p{N}])';

function wholeWords(pattern: string, flags: string): RegExp {
  return new RegExp(`${WHOLE_WORD_START}${pattern}${WHOLE_WORD_END}`, flags);
}

/**
 * One whole-word regex for a list of whole-word regexes: `test` is true exactly when one of theirs is (one scan of the
 * text instead of one per pattern). Not for patterns with backreferences: joining them renumbers their groups.
 */
function anyOf(patterns: readonly RegExp[]): RegExp | null {
  if (patterns.some((re) => /\\(?:[1-9]|k<)/.test(re.source))) return null;
  const inner = (re: RegExp): string =>
    re.source.slice(WHOLE_WORD_START.length, re.source.length - WHOLE_WORD_END.length);
  return new RegExp(`${WHOLE_WORD_START}(?:${patterns.map(inner).join('|')})${WHOLE_WORD_END}`, 'iu');
}

function loadTopics(file: string): CompiledTopic[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${basename(file)}: cannot read: ${(error as Error).message}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const parseError = doc.errors[0];
  if (parseError !== undefined) {
    const line = parseError.linePos?.[0]?.line;
    throw new Error(
      `${basename(file)}${line === undefined ? '' : `:${line}`}: invalid YAML: ${parseError.message.split('\n')[0]}`,
    );
  }
  if (!isSeq(doc.contents)) throw new Error(`${basename(file)}: the file must be a YAML list of topics`);

  const seen = new Set<string>();
  return doc.contents.items.map((item: unknown, index) => {
    const node = item as Node;
    const line = node.range ? lineCounter.linePos(node.range[0]).line : 0;
    const raw = (isMap(node) ? node.toJSON() : null) as Record<string, unknown> | null;
    const label = typeof raw?.key === 'string' ? raw.key : `#${index + 1}`;
    const fail = (reason: string): never => {
      throw new Error(`${basename(file)}:${line}: topic "${label}": ${reason}`);
    };
    if (raw === null || typeof raw !== 'object') return fail('a topic must be a mapping');
    for (const field of Object.keys(raw)) if (!FIELDS.has(field)) fail(`unknown field "${field}"`);
    const key = raw.key;
    if (typeof key !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(key)) fail('"key" must be UPPER_SNAKE_CASE');
    if (seen.has(key as string)) fail('duplicate key');
    seen.add(key as string);
    if (typeof raw.name !== 'string' || raw.name.trim() === '') fail('missing "name"');
    const instrument = raw.instrument ?? null;
    if (instrument !== null && !INSTRUMENTS.includes(instrument as InstrumentKey)) {
      fail(`unknown instrument ${JSON.stringify(instrument)} (expected one of ${INSTRUMENTS.join(', ')} or null)`);
    }
    const scope = raw.scope ?? 'all';
    if (scope !== 'title' && scope !== 'all') fail(`"scope" must be "title" or "all"`);
    const compile = (field: string, required: boolean): RegExp[] => {
      const list = raw[field] ?? [];
      if (!Array.isArray(list) || (required && list.length === 0))
        fail(`"${field}" must be a${required ? ' non-empty' : ''} list`);
      return (list as unknown[]).map((pattern) => {
        if (typeof pattern !== 'string' || pattern.trim() === '')
          return fail(`"${field}" entries must be non-empty strings`);
        try {
          return wholeWords(pattern, field === 'exclude' ? 'giu' : 'iu');
        } catch (error) {
          return fail(`invalid pattern ${JSON.stringify(pattern)}: ${(error as Error).message}`);
        }
      });
    };
    const patterns = compile('patterns', true);
    return {
      definition: {
        key: key as string,
        name: (raw.name as string).trim(),
        instrument: instrument as InstrumentKey | null,
        description: typeof raw.description === 'string' ? raw.description.trim() : '',
      },
      patterns,
      anyPattern: anyOf(patterns),
      exclude: compile('exclude', false),
      scope: scope as 'title' | 'all',
    };
  });
}

export function createTopicAssigner(file: string = DEFAULT_TOPICS_FILE): TopicAssigner {
  const topics = loadTopics(file);
  return {
    assign(title, description) {
      const titleOnly = normalizeForTopics(title);
      // Without a description the full text normalizes to the title's (the newline is trimmed away).
      const full =
        description === null || description === '' ? titleOnly : normalizeForTopics(`${title}\n${description}`);
      return topics
        .filter(({ patterns, anyPattern, exclude, scope }) => {
          // Excluded phrases ("especially women and children" for gender) are blanked out first.
          const text = scope === 'title' ? titleOnly : full;
          const visible = exclude.reduce((acc, pattern) => acc.replace(pattern, ' '), text);
          return anyPattern?.test(visible) ?? patterns.some((pattern) => pattern.test(visible));
        })
        .map(({ definition }) => definition.key);
    },
    topics: () => topics.map(({ definition }) => ({ ...definition })),
  };
}
