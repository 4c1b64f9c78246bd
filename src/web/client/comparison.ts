// Session comparison: which organizations and partnerships appeared or disappeared between two sessions,
// and how topics moved. The API computes it (`compareSessions(from:, to:, kinds:)`, read from the two
// programmes); `loadSessionComparison` asks for it in one request and returns it as the API orders it
// (organizations by name, partnerships heaviest first, topics largest rise in share first). What to show
// first is the rendering's choice (compare-view.ts). Both sessions need an ingested programme: the API
// answers BAD_USER_INPUT otherwise, which reaches the caller as an ApiError with that code.
import type { OrgRef } from './api.js';
import { gql } from './graphql.js';

export interface Change {
  gained: OrgRef[];
  lost: OrgRef[];
  kept: OrgRef[];
}

export interface ComparedEdge {
  source: OrgRef;
  target: OrgRef;
  /** Events the two organized together in the session the edge is in. */
  weight: number;
  sessions: number[];
}

export interface TopicShift {
  topic: { key: string; name: string };
  fromCount: number;
  toCount: number;
  /** Fraction of the session's side and special events. */
  fromShare: number;
  toShare: number;
}

export interface SessionComparison {
  from: number;
  to: number;
  organizations: Change;
  partnerships: { gained: ComparedEdge[]; lost: ComparedEdge[] };
  topics: TopicShift[];
}

const ORG = 'key name acronym kind';
const EDGE = `source { ${ORG} } target { ${ORG} } weight sessions`;

export async function loadSessionComparison(
  from: number,
  to: number,
  kinds: string[] | null,
): Promise<SessionComparison> {
  const { compareSessions: c } = await gql<{
    compareSessions: Omit<SessionComparison, 'from' | 'to'> & { from: { number: number }; to: { number: number } };
  }>(
    `query ExplorerSessionComparison($from: Int!, $to: Int!, $kinds: [OrganizationKind!]) {
      compareSessions(from: $from, to: $to, kinds: $kinds) {
        from { number }
        to { number }
        organizations { gained { ${ORG} } lost { ${ORG} } kept { ${ORG} } }
        partnerships { gained { ${EDGE} } lost { ${EDGE} } }
        topics { topic { key name } fromCount toCount fromShare toShare }
      }
    }`,
    { from, to, kinds },
  );
  return { ...c, from: c.from.number, to: c.to.number };
}
