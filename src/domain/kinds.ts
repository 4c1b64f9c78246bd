// The kinds both ingestion (ingest/) and the API (src/) speak of. Defined here, once, so that src/ never
// imports ingest/ (the lint rule in eslint.config.js enforces it) and ingest/ imports the domain instead.

/** Kind of an organization; the rule order that assigns one is in src/domain/organization-kinds.ts. */
export type OrganizationKind = 'STATE' | 'UN' | 'IGO' | 'NGO' | 'ACADEMIC' | 'OTHER';

export type EventKind = 'SIDE_EVENT' | 'SPECIAL_EVENT' | 'PLENARY' | 'COMMITTEE_OF_THE_WHOLE' | 'WORKING_GROUP_MEETING';

/** Role of an organization in an event it organizes. */
export type OrganizerRole = 'LEAD' | 'PARTNER';
