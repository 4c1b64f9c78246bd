// The partnership network to export, asked of the GraphQL API (partnershipNetwork) with the export's
// filters, in the flat shape every writer reads.
import type { NetworkFilter } from './filters.js';
import type { RunGraphQL } from './graphql-client.js';

export interface ExportNode {
  /** "state:MEX", "org:<slug>": the node id in every format. */
  key: string;
  name: string;
  kind: string;
  iso3: string | null;
  /** Events it organized in the chosen sessions (all sessions when none are chosen). */
  events: number;
}

export interface ExportEdge {
  source: string;
  target: string;
  /** Events the two organized together. */
  weight: number;
  /** Sessions of those events, ascending. */
  sessions: number[];
}

export interface ExportNetwork {
  filter: NetworkFilter;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export const NETWORK_QUERY = /* GraphQL */ `
  query ExportPartnershipNetwork($sessions: [Int!], $kinds: [OrganizationKind!], $minSharedEvents: Int) {
    partnershipNetwork(sessions: $sessions, kinds: $kinds, minSharedEvents: $minSharedEvents) {
      nodes {
        organization {
          key
          name
          kind
          iso3
          events(sessions: $sessions, first: 0) {
            totalCount
          }
        }
      }
      edges {
        source {
          key
        }
        target {
          key
        }
        weight
        sessions
      }
    }
  }
`;

interface NetworkAnswer {
  partnershipNetwork: {
    nodes: {
      organization: {
        key: string;
        name: string;
        kind: string;
        iso3: string | null;
        events: { totalCount: number };
      };
    }[];
    edges: { source: { key: string }; target: { key: string }; weight: number; sessions: number[] }[];
  };
}

export async function fetchNetwork(graphql: RunGraphQL, filter: NetworkFilter): Promise<ExportNetwork> {
  const { partnershipNetwork } = await graphql<NetworkAnswer>(NETWORK_QUERY, { ...filter });
  return {
    filter,
    nodes: partnershipNetwork.nodes.map(({ organization: o }) => ({
      key: o.key,
      name: o.name,
      kind: o.kind,
      iso3: o.iso3,
      events: o.events.totalCount,
    })),
    edges: partnershipNetwork.edges.map((e) => ({
      source: e.source.key,
      target: e.target.key,
      weight: e.weight,
      sessions: e.sessions,
    })),
  };
}

/** "sessions 10, 12; kinds STATE, NGO; at least 2 shared events": what a file's metadata says it holds. */
export function describeFilter(filter: NetworkFilter): string {
  return [
    filter.sessions ? `sessions ${filter.sessions.join(', ')}` : 'all sessions',
    filter.kinds ? `kinds ${filter.kinds.join(', ')}` : 'all kinds',
    `at least ${filter.minSharedEvents} shared event${filter.minSharedEvents === 1 ? '' : 's'}`,
  ].join('; ');
}
