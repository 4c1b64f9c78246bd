// Session comparison: which organizations and partnerships appeared or disappeared between two sessions,
// and how topics moved. The shape is the contract of the API's coming `compareSessions(from:, to:, kinds:)`
// (issue 9, branch analysis). Until it lands, `loadSessionComparison` computes it from existing fields;
// once it does, only that function changes to ask `compareSessions` (the rendering stays as it is).
import type { MapEdge, OrgRef } from './api.js';
import { gql } from './graphql.js';

export interface Change {
  gained: OrgRef[];
  lost: OrgRef[];
  kept: OrgRef[];
}

export interface ComparedEdge extends Omit<MapEdge, 'source' | 'target'> {
  source: OrgRef;
  target: OrgRef;
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

/** One session's side of a comparison, as existing fields give it. */
export interface SessionSnapshot {
  number: number;
  organizations: OrgRef[];
  edges: ComparedEdge[];
  topics: { topic: { key: string; name: string }; eventCount: number }[];
  /** Side events plus special events: the denominator of a topic's share. */
  programmeEvents: number;
}

export async function loadSessionComparison(
  from: number,
  to: number,
  kinds: string[] | null,
): Promise<SessionComparison> {
  const [a, b] = await Promise.all([loadSnapshot(from, kinds), loadSnapshot(to, kinds)]);
  return compareSnapshots(a, b);
}

const ORG = 'key name acronym kind';

async function loadSnapshot(number: number, kinds: string[] | null): Promise<SessionSnapshot> {
  type Page = {
    nodes: OrgRef[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  const first = await gql<{
    session: {
      number: number;
      side: { totalCount: number };
      special: { totalCount: number };
      topics: SessionSnapshot['topics'];
    };
    organizations: Page;
    partnershipNetwork: { edges: ComparedEdge[] };
  }>(
    `query ExplorerSessionSide($number: Int!, $sessions: [Int!], $kinds: [OrganizationKind!]) {
      session(number: $number) {
        number
        side: events(kind: SIDE_EVENT, first: 0) { totalCount }
        special: events(kind: SPECIAL_EVENT, first: 0) { totalCount }
        topics { topic { key name } eventCount }
      }
      organizations(filter: { sessions: $sessions, kinds: $kinds }, first: 200) {
        nodes { ${ORG} } pageInfo { hasNextPage endCursor }
      }
      partnershipNetwork(sessions: $sessions, kinds: $kinds) {
        edges { source { ${ORG} } target { ${ORG} } weight sessions }
      }
    }`,
    { number, sessions: [number], kinds },
  );
  const organizations = [...first.organizations.nodes];
  let page = first.organizations.pageInfo;
  while (page.hasNextPage) {
    const next = await gql<{ organizations: Page }>(
      `query ExplorerSessionOrganizations($sessions: [Int!], $kinds: [OrganizationKind!], $after: String) {
        organizations(filter: { sessions: $sessions, kinds: $kinds }, first: 200, after: $after) {
          nodes { ${ORG} } pageInfo { hasNextPage endCursor }
        }
      }`,
      { sessions: [number], kinds, after: page.endCursor },
    );
    organizations.push(...next.organizations.nodes);
    page = next.organizations.pageInfo;
  }
  return {
    number,
    organizations,
    edges: first.partnershipNetwork.edges,
    topics: first.session.topics,
    programmeEvents: first.session.side.totalCount + first.session.special.totalCount,
  };
}

const byName = (a: OrgRef, b: OrgRef) => a.name.localeCompare(b.name);
const pairKey = (e: ComparedEdge) => [e.source.key, e.target.key].sort().join('|');
const byWeight = (a: ComparedEdge, b: ComparedEdge) =>
  b.weight - a.weight || a.source.name.localeCompare(b.source.name) || a.target.name.localeCompare(b.target.name);

/** The comparison of two snapshots (pure: unit-tested). */
export function compareSnapshots(a: SessionSnapshot, b: SessionSnapshot): SessionComparison {
  const inA = new Set(a.organizations.map((o) => o.key));
  const inB = new Set(b.organizations.map((o) => o.key));
  const edgesA = new Set(a.edges.map(pairKey));
  const edgesB = new Set(b.edges.map(pairKey));
  const share = (count: number, total: number) => (total > 0 ? count / total : 0);
  const topics = new Map<string, TopicShift>();
  for (const [side, snapshot] of [
    ['from', a],
    ['to', b],
  ] as const) {
    for (const { topic, eventCount } of snapshot.topics) {
      const shift = topics.get(topic.key) ?? { topic, fromCount: 0, toCount: 0, fromShare: 0, toShare: 0 };
      if (side === 'from') {
        shift.fromCount = eventCount;
        shift.fromShare = share(eventCount, snapshot.programmeEvents);
      } else {
        shift.toCount = eventCount;
        shift.toShare = share(eventCount, snapshot.programmeEvents);
      }
      topics.set(topic.key, shift);
    }
  }
  return {
    from: a.number,
    to: b.number,
    organizations: {
      gained: b.organizations.filter((o) => !inA.has(o.key)).sort(byName),
      lost: a.organizations.filter((o) => !inB.has(o.key)).sort(byName),
      kept: b.organizations.filter((o) => inA.has(o.key)).sort(byName),
    },
    partnerships: {
      gained: b.edges.filter((e) => !edgesA.has(pairKey(e))).sort(byWeight),
      lost: a.edges.filter((e) => !edgesB.has(pairKey(e))).sort(byWeight),
    },
    topics: [...topics.values()].sort(
      (x, y) =>
        Math.abs(y.toShare - y.fromShare) - Math.abs(x.toShare - x.fromShare) ||
        x.topic.name.localeCompare(y.topic.name),
    ),
  };
}
