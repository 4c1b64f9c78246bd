// Analysis reads: what changed between two sessions, an organization's partners gained and lost, and what the
// graph knows of each session (its programme, its documents). Each batch function runs one Cypher file for many
// argument keys at once and returns one row per key.
import type { OrganizationKind } from '../../../ingest/records.js';
import type { Graph } from '../driver.js';
import type { DocumentRecord } from './documents.js';
import type { NetworkEdgeRecord } from './network.js';
import type { OrganizationRecord } from './organizations.js';
import { readColumn, readRows } from './rows.js';
import type { TopicRecord } from './topics.js';

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

/** The arguments of compareSessions, normalized (kinds sorted, unique, or null) and named by `id`. */
export interface ComparisonKey {
  id: string;
  from: number;
  to: number;
  kinds: OrganizationKind[] | null;
}

/** The arguments of Organization.partnersChange, normalized and named by `id`. */
export interface PartnersChangeKey {
  id: string;
  organization: string;
  from: number;
  to: number;
  kind: OrganizationKind | null;
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

type Keyed<T> = T & { key: string };

export const compareOrganizations = (graph: Graph, keys: readonly ComparisonKey[]) =>
  readRows<Keyed<ChangeRecord>>(graph, 'compare-organizations', { keys: [...keys] });

export const comparePartnerships = (graph: Graph, keys: readonly ComparisonKey[]) =>
  readRows<Keyed<PartnershipChangeRecord>>(graph, 'compare-partnerships', { keys: [...keys] });

export const compareTopics = (graph: Graph, keys: readonly ComparisonKey[]) =>
  readRows<Keyed<{ topics: TopicShiftRecord[] }>>(graph, 'compare-topics', { keys: [...keys] });

export const organizationPartnersChange = (graph: Graph, keys: readonly PartnersChangeKey[]) =>
  readRows<Keyed<ChangeRecord>>(graph, 'organization-partners-change', { keys: [...keys] });

export const organizationSeen = (graph: Graph, keys: readonly string[]) =>
  readRows<OrganizationSeenRecord>(graph, 'organization-seen', { keys: [...keys] });

export const sessionCoverage = (graph: Graph, numbers: readonly number[]) =>
  readRows<SessionCoverageRecord>(graph, 'session-coverage', { keys: [...numbers] });

export const documentsWithSession = (graph: Graph, files: readonly string[]) =>
  readColumn<DocumentWithSessionRecord>(graph, 'documents-with-session', 'document', { keys: [...files] });

/** Sessions whose programme was ingested, ascending. */
export const programmeSessions = (graph: Graph) => readColumn<number>(graph, 'programme-sessions', 'number');
