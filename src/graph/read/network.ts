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
import { cypher, cypherProperty, specialize } from '../cypher.js';
import { readPerRequestQuery, readRows } from './rows.js';

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

/** Organization.partners: the filter, and the event and partner properties to return (null: whole records). */
export type PartnersRequest = PartnershipFilter & {
  key: string;
  eventProps: string[] | null;
  organizationProps: string[] | null;
};

/** A partner request's link: the partner with the shared events and their sessions. */
interface PartnerLinkRow {
  /** A whole record, or with organizationProps its values in that order (one property: its value). */
  partner: OrganizationRecord | unknown[] | unknown;
  weight: number;
  /** The sessions of the shared events, ascending (their records come once, on the request's first row). */
  sessions: number[];
  /** Whole records, or with eventProps one list of values per event, in eventProps' order (one property: values). */
  events: (EventRecord | unknown[] | unknown)[];
}

/** A network link: its two ends by key (their records come once, with the nodes). */
interface NetworkLinkRow {
  source: string;
  target: string;
  weight: number;
  sessions: number[];
}

/** One row of a request: a link or (for the network) a node; the first row also carries the anchor. */
interface PartnershipsRow {
  /** The organization of a partner request (null for the network, and when it has no partner to list). */
  anchor: OrganizationRecord | null;
  /** The records of every session a partner request's links name (first row only). */
  sessions: SessionRecord[] | null;
  link: PartnerLinkRow | NetworkLinkRow | null;
  node: NetworkNodeRecord | null;
}

/** The key null asks for the whole network. */
type PartnershipRequest = PartnershipFilter & {
  key: string | null;
  eventProps: string[] | null;
  organizationProps: string[] | null;
  /** Whether the network's edges list their sessions (partner requests always list them). */
  linkSessions?: boolean;
};

/**
 * Runs cypher/read/partnerships.cypher for a batch, its partner and event values written out for the properties
 * the batch reads (every request's, in one order: a batch whose requests read different properties gets them all).
 * Read by a name in the query text instead of one in a parameter, they cost Neo4j about a tenth less per flagship.
 */
const readPartnerships = async (graph: Graph, requests: readonly PartnershipRequest[]) => {
  const organizationProps = propsOfAll(requests.map((r) => r.organizationProps));
  const eventProps = propsOfAll(requests.map((r) => r.eventProps));
  // Whole records (props null) keep the file's own expression, which builds them.
  const query = specialize(cypher('read/partnerships'), {
    ...(organizationProps && { 'partner values': valuesOf('p', organizationProps) }),
    ...(eventProps && { 'event values': valuesOf('e', eventProps) }),
  });
  const sent = requests.map((r) => ({ ...r, organizationProps, eventProps }));
  return { groups: await readPerRequestQuery<PartnershipsRow>(graph, query, sent), organizationProps, eventProps };
};

/** The properties every request reads, in one order (null: some request reads whole records). */
function propsOfAll(lists: readonly (readonly string[] | null)[]): string[] | null {
  if (lists.some((props) => props === null)) return null;
  return [...new Set(lists.flat() as string[])];
}

/** Cypher for `variable`'s values of `props` in that order (one property: the value itself). */
function valuesOf(variable: string, props: readonly string[]): string {
  const values = props.map((name) => `${variable}.${cypherProperty(name)}`);
  return values.length === 1 ? values[0]! : `[${values.join(', ')}]`;
}

/** One request's partners, and the record of its organization when it has any (one query for both). */
export interface PartnersOf {
  anchor: OrganizationRecord | null;
  partners: PartnershipRecord[];
}

/** Organization.partners for each request: partners most shared events first, ties by name. */
export async function organizationPartners(graph: Graph, requests: readonly PartnersRequest[]): Promise<PartnersOf[]> {
  const { groups, eventProps, organizationProps } = await readPartnerships(graph, requests);
  // Partial records are only what this question reads; they stay out of the by-key loaders.
  const toEvent = fromValues<EventRecord>(eventProps);
  const toOrganization = fromValues<OrganizationRecord>(organizationProps);
  return groups.map((rows) => {
    const sessionByNumber = new Map((rows[0]?.sessions ?? []).map((session) => [session.number, session]));
    const partners = rows.flatMap(({ link }) => {
      if (link === null) return [];
      const { partner, weight, sessions, events } = link as PartnerLinkRow;
      const partnership: PartnershipRecord = {
        organization: toOrganization(partner),
        sharedEventCount: weight,
        sessions: sessions.map((number) => sessionByNumber.get(number)!),
        events: events.map(toEvent),
        complete: eventProps === null,
        completeOrganization: organizationProps === null,
      };
      return [partnership];
    });
    return { anchor: rows[0]?.anchor ?? null, partners };
  });
}

/**
 * A record from the values Cypher returned for `props` (in that order; one property comes as its bare value),
 * or the whole record (props null).
 */
function fromValues<T>(props: readonly string[] | null): (value: unknown) => T {
  if (props === null) return (value) => value as T;
  if (props.length === 1) {
    const [only] = props as [string];
    return (value) => ({ [only]: value }) as T;
  }
  return (value) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < props.length; i += 1) record[props[i]!] = (value as unknown[])[i];
    return record as T;
  };
}

/**
 * The network counts organizations as they are: units are nodes of their own (no includeUnits). Without
 * `edgeSessions`, each edge's `sessions` is empty (for questions that read only weights and ends).
 */
export async function partnershipNetwork(
  graph: Graph,
  filter: Omit<PartnershipFilter, 'includeUnits'>,
  { edgeSessions }: { edgeSessions: boolean } = { edgeSessions: true },
): Promise<NetworkRecord> {
  const {
    groups: [rows = []],
  } = await readPartnerships(graph, [
    {
      key: null,
      ...filter,
      includeUnits: false,
      eventProps: null,
      organizationProps: null,
      linkSessions: edgeSessions,
    },
  ]);
  const nodes = rows.flatMap(({ node }) => (node === null ? [] : [node]));
  const byKey = new Map(nodes.map((node) => [node.organization.key, node.organization]));
  const edges = rows.flatMap(({ link }) => {
    if (link === null) return [];
    const { source, target, weight, sessions } = link as NetworkLinkRow;
    return [{ source: byKey.get(source)!, target: byKey.get(target)!, weight, sessions }];
  });
  return { nodes, edges };
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
