// Partnerships (cypher/read/partnerships.cypher, the one definition behind Organization.partners and
// partnershipNetwork) and the shortest chain of shared events between two organizations.
import type { Graph } from '../driver.js';
import type {
  EventRecord,
  NetworkNodeRecord,
  NetworkRecord,
  OrganizationKind,
  OrganizationRecord,
  PartnershipRecord,
  PathRecord,
  SessionRecord,
} from './records.js';
import { readPerRequest, readRows } from './rows.js';

/** What counts as a partnership, normalized (null = no constraint). */
export interface PartnershipFilter {
  kinds: OrganizationKind[] | null;
  sessions: number[] | null;
  /** Topic key. */
  topic: string | null;
  /** Count the events of its units (PART_OF, transitively) as the organization's own. */
  includeUnits: boolean;
  minSharedEvents: number;
}

/** Organization.partners: the filter, and the event properties to return (null: whole records). */
export type PartnersRequest = PartnershipFilter & { key: string; eventProps: string[] | null };

/** A partner request's link: the partner with the shared events and their sessions. */
interface PartnerLinkRow {
  partner: OrganizationRecord;
  weight: number;
  sessions: number[];
  /** Whole records, or with eventProps one list of values per event, in eventProps' order. */
  events: (EventRecord | unknown[])[];
  sessionRecords: SessionRecord[];
}

/** A network link: its two ends by key (their records come once, with the nodes). */
interface NetworkLinkRow {
  source: string;
  target: string;
  weight: number;
  sessions: number[];
}

interface PartnershipsRow {
  /** The organization of a partner request (null for the network, and when it has no partner to list). */
  anchor: OrganizationRecord | null;
  links: PartnerLinkRow[] | NetworkLinkRow[];
  nodes: NetworkNodeRecord[];
}

/** The key null asks for the whole network. */
type PartnershipRequest = PartnershipFilter & { key: string | null; eventProps: string[] | null };

const readPartnerships = (graph: Graph, requests: readonly PartnershipRequest[]) =>
  readPerRequest<PartnershipsRow>(graph, 'partnerships', requests);

/** One request's partners, and the record of its organization when it has any (one query for both). */
export interface PartnersOf {
  anchor: OrganizationRecord | null;
  partners: PartnershipRecord[];
}

/** Organization.partners for each request: partners most shared events first, ties by name. */
export async function organizationPartners(graph: Graph, requests: readonly PartnersRequest[]): Promise<PartnersOf[]> {
  const groups = await readPartnerships(graph, requests);
  return groups.map(([row], n) => {
    const props = requests[n]!.eventProps;
    // Partial events are only what this question reads; they stay out of the by-id event loader.
    const toEvent = (e: EventRecord | unknown[]) =>
      (props === null ? e : Object.fromEntries(props.map((p, i) => [p, (e as unknown[])[i]]))) as EventRecord;
    const partners = ((row?.links ?? []) as PartnerLinkRow[]).map((link) => ({
      organization: link.partner,
      sharedEventCount: link.weight,
      sessions: link.sessionRecords,
      events: link.events.map(toEvent),
      complete: props === null,
    }));
    return { anchor: row?.anchor ?? null, partners };
  });
}

export async function partnershipNetwork(graph: Graph, filter: PartnershipFilter): Promise<NetworkRecord> {
  const [[row] = []] = await readPartnerships(graph, [{ key: null, ...filter, eventProps: null }]);
  const nodes = row?.nodes ?? [];
  const byKey = new Map(nodes.map((node) => [node.organization.key, node.organization]));
  return {
    nodes,
    edges: ((row?.links ?? []) as NetworkLinkRow[]).map((link) => ({
      source: byKey.get(link.source)!,
      target: byKey.get(link.target)!,
      weight: link.weight,
      sessions: link.sessions,
    })),
  };
}

export async function shortestConnection(
  graph: Graph,
  from: string,
  to: string,
  maxHops: number,
): Promise<PathRecord | null> {
  const [row] = await readRows<PathRecord>(graph, 'connection-path', { from, to, maxHops });
  return row ?? null;
}
