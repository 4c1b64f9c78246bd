// Enums shared by several types; values are exactly the graph's property values (cypher/README.md).
import { builder } from './builder.js';

export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description:
    'What an organization is: a State, a UN entity, another intergovernmental organization, an NGO, academia, or other.',
  values: ['STATE', 'UN', 'IGO', 'NGO', 'ACADEMIC', 'OTHER'] as const,
});

export const EventKindEnum = builder.enumType('EventKind', {
  values: ['SIDE_EVENT', 'SPECIAL_EVENT', 'PLENARY', 'COMMITTEE_OF_THE_WHOLE', 'WORKING_GROUP_MEETING'] as const,
});

export const OrganizerRoleEnum = builder.enumType('OrganizerRole', {
  description: 'LEAD: named as organizer; PARTNER: named after "with", as co-organizer.',
  values: ['LEAD', 'PARTNER'] as const,
});

export const PersonRelationEnum = builder.enumType('PersonRelation', {
  values: ['PRESIDED', 'SPOKE_AT', 'REPRESENTS'] as const,
});
