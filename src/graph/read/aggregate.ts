// Pure shaping of loader results: partnerships, per-session counts, network nodes. No Neo4j here, so the
// rules (what counts as a shared event, how ties are ordered) are unit-testable.
import type { EventRecord, OrganizerRole } from './events.js';
import type { NetworkEdgeRecord } from './network.js';
import type { OrganizationKind } from '../../domain/kinds.js';
import type { MentionRecord, OrganizationRecord, PartnerEventRecord } from './organizations.js';

export interface PartnershipRecord {
  organization: OrganizationRecord;
  sharedEventCount: number;
  /** Session numbers of the shared events, ascending. */
  sessions: number[];
  events: EventRecord[];
}

export interface PartnerFilter {
  kinds?: readonly OrganizationKind[] | null | undefined;
  sessions?: readonly number[] | null | undefined;
  minSharedEvents?: number | null | undefined;
}

/** Groups (partner, shared event) rows per partner: most shared events first, ties by name then key. */
export function groupPartnerships(
  rows: readonly PartnerEventRecord[],
  filter: PartnerFilter = {},
): PartnershipRecord[] {
  const byPartner = new Map<string, { organization: OrganizationRecord; events: Map<string, EventRecord> }>();
  for (const { partner, event } of rows) {
    if (filter.kinds && !filter.kinds.includes(partner.kind)) continue;
    if (filter.sessions && !filter.sessions.includes(event.session)) continue;
    const entry = byPartner.get(partner.key) ?? { organization: partner, events: new Map() };
    entry.events.set(event.id, event);
    byPartner.set(partner.key, entry);
  }
  const minimum = filter.minSharedEvents ?? 1;
  return [...byPartner.values()]
    .map(({ organization, events }) => {
      const list = [...events.values()];
      return {
        organization,
        sharedEventCount: list.length,
        sessions: [...new Set(list.map((e) => e.session))].sort((a, b) => a - b),
        events: list,
      };
    })
    .filter((p) => p.sharedEventCount >= minimum)
    .sort(
      (a, b) =>
        b.sharedEventCount - a.sharedEventCount ||
        a.organization.name.localeCompare(b.organization.name) ||
        a.organization.key.localeCompare(b.organization.key),
    );
}

export interface MentionFilter {
  role?: OrganizerRole | null | undefined;
  sessions?: readonly number[] | null | undefined;
}

/** An organization's events (each once, programme order) restricted to a role and sessions. */
export function eventsOfMentions(mentions: readonly MentionRecord[], filter: MentionFilter = {}): EventRecord[] {
  const seen = new Map<string, EventRecord>();
  for (const m of mentions) {
    if (filter.role && m.role !== filter.role) continue;
    if (filter.sessions && !filter.sessions.includes(m.event.session)) continue;
    if (!seen.has(m.event.id)) seen.set(m.event.id, m.event);
  }
  return [...seen.values()];
}

export interface TimelinePoint {
  session: number;
  asLead: number;
  asPartner: number;
  total: number;
}

/** Events per session as lead and as partner (an event counted once in `total`), ascending by session. */
export function timelineOf(mentions: readonly MentionRecord[]): TimelinePoint[] {
  const points = new Map<number, { lead: Set<string>; partner: Set<string>; all: Set<string> }>();
  for (const { event, role } of mentions) {
    const point = points.get(event.session) ?? { lead: new Set(), partner: new Set(), all: new Set() };
    (role === 'LEAD' ? point.lead : point.partner).add(event.id);
    point.all.add(event.id);
    points.set(event.session, point);
  }
  return [...points.entries()]
    .sort(([a], [b]) => a - b)
    .map(([session, p]) => ({ session, asLead: p.lead.size, asPartner: p.partner.size, total: p.all.size }));
}

export interface SessionCount {
  session: number;
  eventCount: number;
}

/** Events per session for every given session (zero included, so a trend line has no gaps). */
export function countPerSession(events: readonly EventRecord[], sessions: readonly number[]): SessionCount[] {
  const counts = new Map<number, number>(sessions.map((s) => [s, 0]));
  for (const e of events) counts.set(e.session, (counts.get(e.session) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([session, eventCount]) => ({ session, eventCount }));
}

export interface NetworkNodeRecord {
  organization: OrganizationRecord;
  /** Partners it is linked to in this network. */
  degree: number;
  /** Sum of the weights of its edges. */
  weight: number;
}

/** The organizations that appear in the edges, most connected first. */
export function networkNodes(edges: readonly NetworkEdgeRecord[]): NetworkNodeRecord[] {
  const nodes = new Map<string, NetworkNodeRecord>();
  for (const edge of edges) {
    for (const organization of [edge.source, edge.target]) {
      const node = nodes.get(organization.key) ?? { organization, degree: 0, weight: 0 };
      node.degree += 1;
      node.weight += edge.weight;
      nodes.set(organization.key, node);
    }
  }
  return [...nodes.values()].sort(
    (a, b) => b.weight - a.weight || b.degree - a.degree || a.organization.name.localeCompare(b.organization.name),
  );
}

/** Natural order of agenda item numbers: "2" < "2 (a)" < "2 (b)" < "10". */
export function compareAgendaNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
