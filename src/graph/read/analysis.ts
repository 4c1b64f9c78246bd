// Analysis reads: what changed between two sessions, when an organization was first and last seen, and what the
// graph knows of each session (its programme, its documents). Each batch function runs one Cypher file for many
// argument keys at once and returns one row per key.
import type { Graph } from '../driver.js';
import type {
  DocumentRecord,
  NetworkEdgeRecord,
  OrganizationKind,
  OrganizationRecord,
  TopicRecord,
} from './records.js';
import { readColumn, readPerRequest, readRows } from './rows.js';

/** Organizations present in `to` and not `from` (gained), the reverse (lost), in both (kept); each by name. */
export interface ChangeRecord {
  gained: OrganizationRecord[];
  lost: OrganizationRecord[];
  kept: OrganizationRecord[];
}

export interface PartnershipChangeRecord {
  gained: NetworkEdgeRecord[];
  lost: NetworkEdgeRecord[];
}

export interface TopicShiftRecord {
  topic: TopicRecord;
  fromCount: number;
  toCount: number;
  fromShare: number;
  toShare: number;
}

/** The arguments of compareSessions, normalized (kinds sorted, unique, or null): a loader request. */
export interface ComparisonRequest {
  from: number;
  to: number;
  kinds: OrganizationKind[] | null;
}

export interface DocumentWithSessionRecord extends DocumentRecord {
  /** The session a programme is the programme of; null for other documents. */
  session: number | null;
}

export interface SessionCoverageRecord {
  key: number;
  /** Events the graph holds for the session, from any document. */
  events: number;
  documents: DocumentRecord[];
  programme: DocumentRecord | null;
}

export interface OrganizationSeenRecord {
  key: string;
  firstSeen: number;
  lastSeen: number;
}

/** One row per request (the Cypher returns exactly one), in request order. */
async function onePerRequest<T>(graph: Graph, name: string, requests: readonly object[]): Promise<T[]> {
  const groups = await readPerRequest<T>(graph, name, requests);
  return groups.map((rows, i) => {
    if (!rows[0]) throw new Error(`cypher/read/${name}.cypher returned no row for request ${i}`);
    return rows[0];
  });
}

export const compareOrganizations = (graph: Graph, requests: readonly ComparisonRequest[]) =>
  onePerRequest<ChangeRecord>(graph, 'compare-organizations', requests);

export const comparePartnerships = (graph: Graph, requests: readonly ComparisonRequest[]) =>
  onePerRequest<PartnershipChangeRecord>(graph, 'compare-partnerships', requests);

export async function compareTopics(
  graph: Graph,
  requests: readonly ComparisonRequest[],
): Promise<TopicShiftRecord[][]> {
  return (await onePerRequest<{ topics: TopicShiftRecord[] }>(graph, 'compare-topics', requests)).map((r) => r.topics);
}

export const organizationSeen = (graph: Graph, keys: readonly string[]) =>
  readRows<OrganizationSeenRecord>(graph, 'organization-seen', { keys: [...keys] });

export const sessionCoverage = (graph: Graph, numbers: readonly number[]) =>
  readRows<SessionCoverageRecord>(graph, 'session-coverage', { keys: [...numbers] });

export const documentsWithSession = (graph: Graph, files: readonly string[]) =>
  readColumn<DocumentWithSessionRecord>(graph, 'documents-with-session', 'document', { keys: [...files] });

/** Sessions whose programme was ingested, ascending. */
export const programmeSessions = (graph: Graph) => readColumn<number>(graph, 'programme-sessions', 'number');
