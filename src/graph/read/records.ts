// The shapes cypher/read/*.cypher returns, in one place: every read module and the schema import their
// types from here (and from nowhere else in this folder), so the modules do not import each other.
import type { EventKind, OrganizationKind } from '../../domain/kinds.js';

export type { EventKind, OrganizationKind };
export type OrganizerRole = 'LEAD' | 'PARTNER';

export interface SessionRecord {
  number: number;
  year: number | null;
  city: string | null;
  startDate: string | null;
  endDate: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
  sourcePage: number | null;
}

export interface EventRecord {
  id: string;
  kind: EventKind;
  session: number;
  title: string;
  description: string | null;
  date: string;
  start: string | null;
  end: string | null;
  venue: string | null;
  online: boolean | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface OrganizationRecord {
  key: string;
  name: string;
  kind: OrganizationKind;
  iso3: string | null;
  acronym: string | null;
  code: string | null;
  aliases: string[] | null;
  known: boolean | null;
}

/** One ORGANIZES relationship seen from the event: who, in which role, named how, cited where. */
export interface OrganizerRecord {
  organization: OrganizationRecord;
  role: OrganizerRole;
  surface: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

/** One ORGANIZES relationship seen from the organization. */
export interface MentionRecord {
  event: EventRecord;
  role: OrganizerRole;
  surface: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface TopicRecord {
  key: string;
  name: string;
  description: string | null;
}

export interface InstrumentRecord {
  key: string;
  name: string;
  shortName: string | null;
  adoptedOn: string | null;
  gaResolution: string | null;
  entryIntoForce: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface PartyStatusRecord {
  key: string;
  asOf: string;
  parties: number | null;
  signatories: number | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface WorkingGroupRecord {
  key: string;
  name: string;
  advisesOn: string | null;
  establishedBy: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface AgendaItemRecord {
  key: string;
  session: number;
  number: string;
  title: string;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface DocumentRecord {
  file: string;
  title: string | null;
  kind: string | null;
}

export interface PersonRecord {
  key: string;
  name: string;
}

export interface PersonRoleRecord {
  relation: 'PRESIDED' | 'SPOKE_AT' | 'REPRESENTS';
  role: string | null;
  session: number | null;
  organization: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

export interface SessionOrganizationRecord {
  organization: OrganizationRecord;
  eventCount: number;
  leadCount: number;
  partnerCount: number;
}

export interface SessionTopicRecord {
  topic: TopicRecord;
  eventCount: number;
}

export interface SessionPersonRecord {
  person: PersonRecord;
  relation: 'PRESIDED' | 'SPOKE_AT';
  role: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
}

/** Another organization that co-organized events with one (Organization.partners). */
export interface PartnershipRecord {
  organization: OrganizationRecord;
  sharedEventCount: number;
  /** The sessions of the shared events, ascending. */
  sessions: SessionRecord[];
  /** The shared events, in programme order. */
  events: EventRecord[];
  /** False when `events` hold only the properties the question read (not to be cached as whole records). */
  complete?: boolean;
  /** False when `organization` holds only the properties the question read. */
  completeOrganization?: boolean;
}

export interface NetworkEdgeRecord {
  source: OrganizationRecord;
  target: OrganizationRecord;
  weight: number;
  /** Session numbers of the shared events, ascending. */
  sessions: number[];
}

export interface NetworkNodeRecord {
  organization: OrganizationRecord;
  /** Partners it is linked to in this network. */
  degree: number;
  /** Sum of the weights of its edges. */
  weight: number;
}

export interface NetworkRecord {
  nodes: NetworkNodeRecord[];
  edges: NetworkEdgeRecord[];
}

export interface PathRecord {
  organizations: OrganizationRecord[];
  /** links[i]: the events shared by organizations[i] and organizations[i + 1]. */
  links: EventRecord[][];
}

export interface TimelinePoint {
  session: number;
  asLead: number;
  asPartner: number;
  total: number;
}

export interface SessionCount {
  session: number;
  eventCount: number;
}

export interface EventHitRecord {
  event: EventRecord;
  score: number;
}

export interface OrganizationHitRecord {
  organization: OrganizationRecord;
  score: number;
}

/** A slice of an ordered list and the size of the whole list. */
export interface Page<T> {
  total: number;
  /** Position of page[0] in the whole list. */
  offset: number;
  page: T[];
}
