// Every question the Explorer asks the GraphQL API, one function each, returning plain objects.
import { gql } from './graphql.js';

export interface SessionInfo {
  number: number;
  year: number | null;
  city: string | null;
  /** A programme of the session was ingested (Session.coverage.hasProgramme): only then are its events known. */
  hasProgramme: boolean;
}

export interface OrgRef {
  key: string;
  name: string;
  acronym: string | null;
  kind: string;
}

export interface MapNode extends OrgRef {
  iso3: string | null;
  /** Events it organized in the map's sessions. */
  events: number;
  degree: number;
  weight: number;
}

export interface MapEdge {
  source: string;
  target: string;
  weight: number;
  sessions: number[];
}

export interface MapNetwork {
  nodes: MapNode[];
  edges: MapEdge[];
}

const ORG_FIELDS = 'key name acronym kind';

export async function loadSessions(): Promise<SessionInfo[]> {
  const data = await gql<{
    sessions: {
      nodes: { number: number; year: number | null; city: string | null; coverage: { hasProgramme: boolean } }[];
    };
  }>(`query ExplorerSessions { sessions(first: 200) { nodes { number year city coverage { hasProgramme } } } }`);
  return data.sessions.nodes.map((s) => ({
    number: s.number,
    year: s.year,
    city: s.city,
    hasProgramme: s.coverage.hasProgramme,
  }));
}

export async function loadNetwork(sessions: number[] | null, kinds: string[] | null, min: number): Promise<MapNetwork> {
  const data = await gql<{
    partnershipNetwork: {
      nodes: {
        degree: number;
        weight: number;
        organization: OrgRef & { iso3: string | null; events: { totalCount: number } };
      }[];
      edges: { source: { key: string }; target: { key: string }; weight: number; sessions: number[] }[];
    };
  }>(
    `query ExplorerNetwork($sessions: [Int!], $kinds: [OrganizationKind!], $min: Int) {
      partnershipNetwork(sessions: $sessions, kinds: $kinds, minSharedEvents: $min) {
        nodes { degree weight organization { ${ORG_FIELDS} iso3 events(sessions: $sessions, first: 0) { totalCount } } }
        edges { source { key } target { key } weight sessions }
      }
    }`,
    { sessions, kinds, min },
  );
  return {
    nodes: data.partnershipNetwork.nodes.map(({ organization: o, degree, weight }) => ({
      key: o.key,
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      iso3: o.iso3,
      events: o.events.totalCount,
      degree,
      weight,
    })),
    edges: data.partnershipNetwork.edges.map((e) => ({
      source: e.source.key,
      target: e.target.key,
      weight: e.weight,
      sessions: e.sessions,
    })),
  };
}

export interface Source {
  document: string;
  line: number;
}

export interface Profile extends OrgRef {
  iso3: string | null;
  parent: { name: string } | null;
  partners: { organization: OrgRef; sharedEventCount: number; sessions: number[] }[];
  timeline: { session: number; year: number | null; asLead: number; asPartner: number; total: number }[];
  mentions: {
    role: string;
    nameAsWritten: string | null;
    source: Source | null;
    event: { key: string; title: string; date: string; session: number; source: Source | null };
  }[];
}

export async function loadProfile(name: string, sessions: number[] | null): Promise<Profile> {
  const data = await gql<{
    organization: Omit<Profile, 'partners' | 'timeline' | 'mentions'> & {
      partners: { organization: OrgRef; sharedEventCount: number; sessions: { number: number }[] }[];
      timeline: {
        session: { number: number; year: number | null };
        asLead: number;
        asPartner: number;
        total: number;
      }[];
      mentions: (Omit<Profile['mentions'][number], 'event'> & {
        event: Omit<Profile['mentions'][number]['event'], 'session'> & { session: { number: number } };
      })[];
    };
  }>(
    `query ExplorerProfile($name: String!, $sessions: [Int!]) {
      organization(name: $name) {
        ${ORG_FIELDS} iso3 parent { name }
        partners(sessions: $sessions) { organization { ${ORG_FIELDS} } sharedEventCount sessions { number } }
        timeline { session { number year } asLead asPartner total }
        mentions(sessions: $sessions) {
          role nameAsWritten source { document line }
          event { key title date session { number } source { document line } }
        }
      }
    }`,
    { name, sessions },
  );
  const o = data.organization;
  return {
    ...o,
    partners: o.partners.map((p) => ({ ...p, sessions: p.sessions.map((s) => s.number) })),
    timeline: o.timeline.map((t) => ({ ...t, session: t.session.number, year: t.session.year })),
    mentions: o.mentions.map((m) => ({ ...m, event: { ...m.event, session: m.event.session.number } })),
  };
}

export interface TopicTrend {
  key: string;
  name: string;
  counts: Map<number, number>;
}

export async function loadTopicTrends(): Promise<TopicTrend[]> {
  const data = await gql<{
    topics: { key: string; name: string; trend: { session: { number: number }; eventCount: number }[] }[];
  }>(`query ExplorerTopicTrends { topics { key name trend { session { number } eventCount } } }`);
  return data.topics.map((t) => ({
    key: t.key,
    name: t.name,
    counts: new Map(t.trend.map((p) => [p.session.number, p.eventCount])),
  }));
}
