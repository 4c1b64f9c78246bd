// The records that parsers produce and the graph writer consumes: plain data, no Neo4j.
// Every record that states a fact carries the `Source` (document file name and 1-based line) it came from.

export interface Source {
  /** Document file name (basename), e.g. "003_3b9c9c4b9c50490a.txt". */
  file: string;
  /** 1-based line number in that document; for a PDF, the line on `page` (counted from the top of it). */
  line: number;
  /** 1-based page of a PDF document; absent for text and HTML documents. */
  page?: number;
}

/** "file:line", or "file, page 3, line 12" for a PDF: the form every message and citation string uses. */
export function formatSource(file: string, line: number | null, page: number | null = null): string {
  if (page !== null) return line === null ? `${file}, page ${page}` : `${file}, page ${page}, line ${line}`;
  return line === null ? file : `${file}:${line}`;
}

export interface Warning {
  message: string;
  source: Source;
}

import type { EventKind } from '../src/domain/kinds.js';

// The kinds live in the shared domain module (src/ may not import ingest/); re-exported as types for the parsers.
export type { EventKind, OrganizationKind } from '../src/domain/kinds.js';

/** An organization exactly as a document names it, before entity resolution. */
export interface OrganizationMention {
  /** The surface form, trimmed of list punctuation but otherwise as written ("the Government of Mexico"). */
  text: string;
  /**
   * A unit of that organization named right after it, when the document gives one
   * ("Ministry of Interior" in "the Government of the United Arab Emirates, Ministry of Interior").
   */
  unit?: string;
  source: Source;
}

export interface SessionRecord {
  /** COP session number: 6 for "Sixth session". */
  number: number;
  city: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD */
  endDate: string;
  source: Source;
}

export interface AgendaItemRef {
  /** "2 (d)", "1 (f)", "5" */
  number: string;
  title: string;
  source: Source;
}

export interface EventRecord {
  kind: EventKind;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour; null when the programme gives no time. */
  start: string | null;
  end: string | null;
  title: string;
  description: string | null;
  /** Room or place as written ("Boardroom A", "CR3", "Plenary Hall, M-Building"); "Online" for virtual events. */
  venue: string | null;
  online: boolean;
  /** Lead organizers. */
  organizers: OrganizationMention[];
  /** Partners / co-organizers named after "with". */
  partners: OrganizationMention[];
  /** Agenda items taken up in a plenary or Committee of the Whole slot. */
  agendaItems: AgendaItemRef[];
  /** For WORKING_GROUP_MEETING: the working group's name as written (without "(continued)"). */
  workingGroup: string | null;
  /**
   * For WORKING_GROUP_MEETING: every working group taking part, in the order named; two for a joint
   * meeting ("Joint discussion … of the Open-ended Interim Working Group … and the Working Group on
   * International Cooperation"), whose `workingGroup` is the first of them.
   */
  workingGroups?: string[];
  source: Source;
}

export type ProgrammeLayout = 'table' | 'running-text' | 'tab-rows';

export interface ProgrammeRecord {
  kind: 'programme';
  file: string;
  layout: ProgrammeLayout;
  session: SessionRecord;
  events: EventRecord[];
  warnings: Warning[];
}

// ---- Reference documents ("UNTOC at 20", COP10 press release) ----

export type InstrumentKey = 'UNTOC' | 'TIP_PROTOCOL' | 'SOM_PROTOCOL' | 'FIREARMS_PROTOCOL';

export interface InstrumentRecord {
  key: InstrumentKey;
  name: string;
  shortName: string;
  /** YYYY-MM-DD of adoption by the General Assembly. */
  adoptedOn: string | null;
  /** "55/25" */
  gaResolution: string | null;
  /** YYYY-MM-DD */
  entryIntoForce: string | null;
  source: Source;
  /**
   * Where each field was read, when the document states them on different lines (an instrument's
   * adoption date can sit in the timeline, far from its entry into force). `source` is the line naming it.
   */
  fieldSources?: Partial<Record<'name' | 'shortName' | 'adoptedOn' | 'gaResolution' | 'entryIntoForce', Source>>;
}

export interface PartyStatusRecord {
  instrument: InstrumentKey;
  /** YYYY-MM-DD */
  asOf: string;
  parties: number | null;
  signatories: number | null;
  source: Source;
}

export interface PersonRecord {
  name: string;
  /** What the person is in that document: "President of the tenth session", "Executive Director of UNODC". */
  role: string | null;
  /** Organization (usually a State) the person represents, as written. */
  organization: string | null;
  /** COP session the fact is about (presided, spoke at). */
  session: number | null;
  /** 'PRESIDENT' when the person presided over `session`, 'SPEAKER' when they spoke at it. */
  relation: 'PRESIDENT' | 'SPEAKER' | null;
  source: Source;
}

export interface WorkingGroupRecord {
  /** Stable key such as "WG_INTERNATIONAL_COOPERATION". */
  key: string;
  name: string;
  /** What the group advises the Conference on. */
  advisesOn: string | null;
  /** The decision or resolution that established it or made it permanent ("decision 3/2", "resolution 9/1"). */
  establishedBy: string | null;
  instrument: InstrumentKey | null;
  source: Source;
  /** The line stating `establishedBy`, when it is not the line naming the group. */
  establishedBySource?: Source;
}

export interface TimelineRecord {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the document is. */
  date: string;
  text: string;
  source: Source;
}

export interface UnodcUnitRecord {
  name: string;
  /** Global programme code such as "GLOT60"; null for branches and sections. */
  code: string | null;
  /** Name of the branch it belongs to, when the document says so. */
  parent: string | null;
  /** Acronym the document gives with the name ("GPAT", "OCB"), when it gives one. */
  abbreviation?: string;
  source: Source;
}

/** A single figure stated by a document ("more than 1,500 participants", "190 parties"). */
export interface FactRecord {
  subject: string;
  predicate: string;
  value: string;
  session: number | null;
  source: Source;
}

export interface ReferenceRecord {
  kind: 'reference';
  file: string;
  title: string;
  /** Sessions the document describes (the COP 1-9 table; the COP10 header of the press release). */
  sessions: SessionRecord[];
  instruments: InstrumentRecord[];
  partyStatuses: PartyStatusRecord[];
  people: PersonRecord[];
  workingGroups: WorkingGroupRecord[];
  timeline: TimelineRecord[];
  unodcUnits: UnodcUnitRecord[];
  facts: FactRecord[];
  warnings: Warning[];
}

export type DocumentRecord = ProgrammeRecord | ReferenceRecord;
