// Full-text search over the eventText and organizationNames indexes.
import type { Graph } from '../driver.js';
import type { EventHitRecord, OrganizationHitRecord } from './records.js';
import { readRows } from './rows.js';

// Lucene query syntax: these characters (and the words AND/OR/NOT) would change the query's meaning.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** User text → a Lucene query matching its words literally (any word, ranked by relevance). */
export function escapeLucene(text: string): string {
  return text
    .replace(LUCENE_SPECIAL, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase())
    .trim();
}

export const searchEvents = (graph: Graph, text: string, limit: number) =>
  readRows<EventHitRecord>(graph, 'search-events', { query: escapeLucene(text), limit });

export const searchOrganizations = (graph: Graph, text: string, limit: number) =>
  readRows<OrganizationHitRecord>(graph, 'search-organizations', { query: escapeLucene(text), limit });
