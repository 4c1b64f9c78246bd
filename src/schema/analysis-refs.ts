// Object refs of the analysis types (issue 9), declared apart from their fields like refs.ts does.
import type {
  ChangeRecord,
  ComparisonRequest,
  PartnershipChangeRecord,
  SessionCoverageRecord,
  TopicShiftRecord,
} from '../graph/read/analysis.js';
import type { DocumentRecord, NetworkNodeRecord, SessionRecord } from '../graph/read/records.js';
import { builder } from './builder.js';

/** compareSessions' answer: the two sessions and the request its parts are loaded by (each only when asked). */
export interface SessionComparisonRecord {
  from: SessionRecord;
  to: SessionRecord;
  request: ComparisonRequest;
}

export const SessionComparisonRef = builder.objectRef<SessionComparisonRecord>('SessionComparison');
export const ChangeRef = builder.objectRef<ChangeRecord>('Change');
export const PartnershipChangeRef = builder.objectRef<PartnershipChangeRecord>('PartnershipChange');
export const TopicShiftRef = builder.objectRef<TopicShiftRecord>('TopicShift');

export const DocumentRef = builder.objectRef<DocumentRecord>('Document');
export const SessionCoverageRef = builder.objectRef<SessionCoverageRecord>('SessionCoverage');

export const CommunityRef = builder.objectRef<{ id: number; members: NetworkNodeRecord[] }>('Community');
