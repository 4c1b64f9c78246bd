// Object refs of every type, declared apart from their fields so type files can point at each other
// without circular imports. Each type's fields live in its own file (session.ts, event.ts, ...).
import type {
  AgendaItemRecord,
  EventHitRecord,
  EventRecord,
  InstrumentRecord,
  MentionRecord,
  NetworkEdgeRecord,
  NetworkNodeRecord,
  NetworkRecord,
  OrganizationHitRecord,
  OrganizationRecord,
  OrganizerRecord,
  PartnershipRecord,
  PartyStatusRecord,
  PersonRecord,
  PersonRoleRecord,
  SessionCount,
  SessionOrganizationRecord,
  SessionPersonRecord,
  SessionRecord,
  SessionTopicRecord,
  TimelinePoint,
  TopicRecord,
  WorkingGroupRecord,
} from '../graph/read/records.js';
import type { SourceRef } from '../graph/read/rows.js';
import type { ObjectRef } from '@pothos/core';
import { builder, type Types } from './builder.js';

export const SourceRefType = builder.objectRef<SourceRef>('Source');

export const SessionRef = builder.objectRef<SessionRecord>('Session');
export const SessionOrganizationRef = builder.objectRef<SessionOrganizationRecord>('SessionOrganization');
export const TopicCountRef = builder.objectRef<SessionTopicRecord>('TopicCount');
export const SessionParticipantRef = builder.objectRef<SessionPersonRecord>('SessionParticipant');

export const EventRef = builder.objectRef<EventRecord>('Event');
export const OrganizerRef = builder.objectRef<OrganizerRecord>('Organizer');

export const OrganizationRef = builder.objectRef<OrganizationRecord>('Organization');
export const MentionRef = builder.objectRef<MentionRecord>('OrganizationMention');
export const PartnershipRef = builder.objectRef<PartnershipRecord>('Partnership');
export const TimelinePointRef = builder.objectRef<TimelinePoint>('TimelinePoint');

export const TopicRef = builder.objectRef<TopicRecord>('Topic');
export const SessionCountRef = builder.objectRef<SessionCount>('SessionCount');

export const InstrumentRef = builder.objectRef<InstrumentRecord>('Instrument');
export const PartyStatusRef = builder.objectRef<PartyStatusRecord>('PartyStatus');

export const WorkingGroupRef = builder.objectRef<WorkingGroupRecord>('WorkingGroup');
export const AgendaItemRef = builder.objectRef<AgendaItemRecord>('AgendaItem');
export const PersonRef = builder.objectRef<PersonRecord>('Person');
export const PersonRoleRef = builder.objectRef<PersonRoleRecord>('PersonRole');
export const VenueRef = builder.objectRef<{ name: string }>('Venue');

export const NetworkRef = builder.objectRef<NetworkRecord>('PartnershipNetwork');
export const NetworkNodeRef = builder.objectRef<NetworkNodeRecord>('NetworkNode');
export const NetworkEdgeRef = builder.objectRef<NetworkEdgeRecord>('NetworkEdge');
export const ConnectionPathRef = builder.objectRef<{ organizations: OrganizationRecord[]; links: EventRecord[][] }>(
  'ConnectionPath',
);
export const PathLinkRef = builder.objectRef<{
  from: OrganizationRecord;
  to: OrganizationRecord;
  events: EventRecord[];
}>('PathLink');

export const SearchResultsRef = builder.objectRef<{ events: EventHitRecord[]; organizations: OrganizationHitRecord[] }>(
  'SearchResults',
);
export const EventHitRef = builder.objectRef<EventHitRecord>('EventHit');
export const OrganizationHitRef = builder.objectRef<OrganizationHitRecord>('OrganizationHit');

/** A named Relay connection with totalCount (every connection resolver returns it). */
function connectionOf<T extends object>(type: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<Types>, T>, name: string) {
  return builder.connectionObject({
    type,
    name,
    fields: (t) => ({
      totalCount: t.int({ description: 'Items in the whole list, across all pages.', resolve: (c) => c.totalCount }),
    }),
  });
}

export const SessionConnection = connectionOf(SessionRef, 'SessionConnection');
export const EventConnection = connectionOf(EventRef, 'EventConnection');
export const OrganizationConnection = connectionOf(OrganizationRef, 'OrganizationConnection');
