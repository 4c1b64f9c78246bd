// Object refs of the analysis types (issue 9), declared apart from their fields like refs.ts does.
import type { NetworkNodeRecord } from '../graph/read/aggregate.js';
import type { ComparisonKey, SessionCoverageRecord, TopicShiftRecord } from '../graph/read/analysis.js';
import type { ChangeRecord, PartnershipChangeRecord } from '../graph/read/analysis.js';
import type { DocumentRecord } from '../graph/read/documents.js';
import type { SessionRecord } from '../graph/read/sessions.js';
import { builder } from './builder.js';

/** compareSessions' answer: the two sessions and the key its parts are loaded by (each only when asked). */
export interface SessionComparisonRecord {
  from: SessionRecord;
  to: SessionRecord;
  key: ComparisonKey;
}

export const SessionComparisonRef = builder.objectRef<SessionComparisonRecord>('SessionComparison');
export const ChangeRef = builder.objectRef<ChangeRecord>('Change');
export const PartnershipChangeRef = builder.objectRef<PartnershipChangeRecord>('PartnershipChange');
export const TopicShiftRef = builder.objectRef<TopicShiftRecord>('TopicShift');

export const DocumentRef = builder.objectRef<DocumentRecord>('Document');
export const SessionCoverageRef = builder.objectRef<SessionCoverageRecord>('SessionCoverage');

export const CommunityRef = builder.objectRef<{ id: number; members: NetworkNodeRecord[] }>('Community');
