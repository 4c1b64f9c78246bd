// Records → the rows the graph writer MERGEs, one array per label or relationship type.
// Pure: entity resolution and topic assignment happen here, Neo4j is not touched.
import { createHash } from 'node:crypto';
import type {
  DocumentRecord,
  EventRecord,
  OrganizationKind,
  OrganizationMention,
  ProgrammeRecord,
  ReferenceRecord,
  SessionRecord,
  Source,
} from './records.js';
import { formatSource } from './records.js';
import type { OrganizationResolver, ResolvedOrganization } from '../src/domain/organizations.js';
import type { TopicAssigner } from './resolve/topics.js';
import { workingGroupKey } from './resolve/working-groups.js';

/** Provenance columns of every row: file, line, and the PDF page (null for text and HTML documents). */
type Cited = { sourceFile: string; sourceLine: number; sourcePage: number | null };
const cite = (s: Source): Cited => ({ sourceFile: s.file, sourceLine: s.line, sourcePage: s.page ?? null });
const citation = (s: Source): string => formatSource(s.file, s.line, s.page ?? null);

export interface OrganizationRow {
  key: string;
  name: string;
  kind: OrganizationKind;
  iso3: string | null;
  acronym: string | null;
  code: string | null;
  aliases: string[];
  known: boolean;
}

export interface GraphBatch {
  document: { file: string; title: string; kind: string; layout: string | null; sha256: string };
  sessions: ({
    number: number;
    year: number | null;
    city: string | null;
    startDate: string | null;
    endDate: string | null;
    authoritative: boolean;
  } & Cited)[];
  events: ({
    id: string;
    kind: string;
    session: number;
    title: string;
    description: string | null;
    date: string;
    start: string | null;
    end: string | null;
    venue: string | null;
    online: boolean;
  } & Cited)[];
  organizations: OrganizationRow[];
  partOf: { child: string; parent: string }[];
  organizes: ({ org: string; event: string; role: 'LEAD' | 'PARTNER'; surface: string } & Cited)[];
  about: ({ event: string; topic: string } & Cited)[];
  agendaItems: ({ key: string; session: number; number: string; title: string } & Cited)[];
  discusses: ({ event: string; item: string } & Cited)[];
  workingGroups: ({
    key: string;
    name: string;
    advisesOn: string | null;
    establishedBy: string | null;
    establishedBySource: string | null;
    instrument: string | null;
  } & Cited)[];
  meetingOf: ({ event: string; group: string; name: string } & Cited)[];
  heldAt: { event: string; venue: string }[];
  instruments: ({
    key: string;
    name: string;
    shortName: string;
    adoptedOn: string | null;
    gaResolution: string | null;
    entryIntoForce: string | null;
    adoptedOnSource: string | null;
    entryIntoForceSource: string | null;
  } & Cited)[];
  partyStatuses: ({
    key: string;
    instrument: string;
    asOf: string;
    parties: number | null;
    signatories: number | null;
  } & Cited)[];
  people: ({
    key: string;
    name: string;
    relation: string | null;
    role: string | null;
    session: number | null;
    organization: string | null;
  } & Cited)[];
  timeline: ({ key: string; date: string; text: string } & Cited)[];
  facts: ({ key: string; subject: string; predicate: string; value: string; session: number | null } & Cited)[];
  /** Names that resolved to nothing known, for curators. */
  unresolved: { name: string; guessedKind: OrganizationKind; source: Source }[];
  warnings: { message: string; source: Source }[];
}

export interface BatchContext {
  organizations: OrganizationResolver;
  topics: TopicAssigner;
}

export function buildBatch(record: DocumentRecord, text: string, ctx: BatchContext): GraphBatch {
  const batch: GraphBatch = {
    document: {
      file: record.file,
      title:
        record.kind === 'programme'
          ? `Programme of the Conference of the Parties, session ${record.session.number}`
          : record.title,
      kind: record.kind,
      layout: record.kind === 'programme' ? record.layout : null,
      sha256: createHash('sha256').update(text).digest('hex'),
    },
    sessions: [],
    events: [],
    organizations: [],
    partOf: [],
    organizes: [],
    about: [],
    agendaItems: [],
    discusses: [],
    workingGroups: [],
    meetingOf: [],
    heldAt: [],
    instruments: [],
    partyStatuses: [],
    people: [],
    timeline: [],
    facts: [],
    unresolved: [],
    warnings: [...record.warnings],
  };
  if (record.kind === 'programme') addProgramme(batch, record, ctx);
  else addReference(batch, record, ctx);
  batch.organizations = dedupeOrganizations(batch.organizations);
  batch.partOf = dedupe(batch.partOf, (r) => `${r.child}>${r.parent}`);
  return batch;
}

function addProgramme(batch: GraphBatch, record: ProgrammeRecord, ctx: BatchContext): void {
  const s = record.session;
  const session = s.number;
  batch.sessions.push(sessionRow(s, true));
  const ids = new Set<string>();
  for (const event of record.events) {
    const id = eventId(session, event, ids);
    batch.events.push({
      id,
      kind: event.kind,
      session,
      title: event.title,
      description: event.description,
      date: event.date,
      start: event.start,
      end: event.end,
      venue: event.venue,
      online: event.online,
      ...cite(event.source),
    });
    if (event.venue) batch.heldAt.push({ event: id, venue: event.venue });
    addMentions(batch, ctx, id, 'LEAD', event.organizers);
    addMentions(batch, ctx, id, 'PARTNER', event.partners);
    for (const topic of ctx.topics.assign(event.title, event.description)) {
      batch.about.push({ event: id, topic, ...cite(event.source) });
    }
    for (const item of event.agendaItems) {
      const key = `${session}:${item.number}`;
      batch.agendaItems.push({ key, session, number: item.number, title: item.title, ...cite(item.source) });
      batch.discusses.push({ event: id, item: key, ...cite(item.source) });
    }
    const groups = event.workingGroups ?? (event.workingGroup ? [event.workingGroup] : []);
    for (const name of groups) {
      batch.meetingOf.push({ event: id, group: workingGroupKey(name), name, ...cite(event.source) });
    }
  }
  // An agenda item recurs over several slots ("(continued)"): its first mention is its citation.
  batch.agendaItems = dedupe(batch.agendaItems, (r) => r.key);
  // The same organization named twice on one event (as lead and in a partner list) keeps its first role.
  // Once per document, not per event: deduping the whole list after every event made a programme quadratic.
  batch.organizes = dedupe(batch.organizes, (r) => `${r.org}>${r.event}`);
}

function addMentions(
  batch: GraphBatch,
  ctx: BatchContext,
  event: string,
  role: 'LEAD' | 'PARTNER',
  mentions: OrganizationMention[],
): void {
  // One mention is one organization: the organizer grammar (ingest/parse/organizer-list.ts) has split the lists.
  for (const mention of mentions) {
    const org = ctx.organizations.resolve(mention.text);
    addOrganization(batch, ctx, org, mention.text);
    batch.organizes.push({ org: org.key, event, role, surface: mention.text, ...cite(mention.source) });
    if (!org.known) batch.unresolved.push({ name: org.name, guessedKind: org.kind, source: mention.source });
  }
}

function addOrganization(
  batch: GraphBatch,
  ctx: BatchContext,
  org: ResolvedOrganization,
  surface: string | null,
): void {
  batch.organizations.push({
    key: org.key,
    name: org.name,
    kind: org.kind,
    iso3: org.iso3,
    acronym: org.acronym,
    code: org.code,
    aliases: surface && surface !== org.name ? [...org.aliases, surface] : org.aliases,
    known: org.known,
  });
  if (org.parentKey) {
    batch.partOf.push({ child: org.key, parent: org.parentKey });
    const parent = ctx.organizations.byKey(org.parentKey);
    if (parent) addOrganization(batch, ctx, parent, null);
  }
}

function addReference(batch: GraphBatch, record: ReferenceRecord, ctx: BatchContext): void {
  for (const s of record.sessions) batch.sessions.push(sessionRow(s, false));
  for (const i of record.instruments) {
    const at = (field: 'adoptedOn' | 'entryIntoForce') => {
      const src = i.fieldSources?.[field] ?? (i[field] ? i.source : null);
      return src ? citation(src) : null;
    };
    batch.instruments.push({
      key: i.key,
      name: i.name,
      shortName: i.shortName,
      adoptedOn: i.adoptedOn,
      gaResolution: i.gaResolution,
      entryIntoForce: i.entryIntoForce,
      adoptedOnSource: at('adoptedOn'),
      entryIntoForceSource: at('entryIntoForce'),
      ...cite(i.source),
    });
  }
  for (const p of record.partyStatuses) {
    batch.partyStatuses.push({
      key: `${p.instrument}@${p.asOf}`,
      instrument: p.instrument,
      asOf: p.asOf,
      parties: p.parties,
      signatories: p.signatories,
      ...cite(p.source),
    });
  }
  for (const w of record.workingGroups) {
    const established = w.establishedBySource ?? (w.establishedBy ? w.source : null);
    batch.workingGroups.push({
      key: w.key,
      name: w.name,
      advisesOn: w.advisesOn,
      establishedBy: w.establishedBy,
      establishedBySource: established ? citation(established) : null,
      instrument: w.instrument,
      ...cite(w.source),
    });
  }
  for (const p of record.people) {
    let organization: string | null = null;
    if (p.organization) {
      const org = ctx.organizations.resolve(p.organization);
      addOrganization(batch, ctx, org, p.organization);
      organization = org.key;
    }
    batch.people.push({
      key: personKey(p.name),
      name: p.name,
      relation: p.relation,
      role: p.role,
      session: p.session,
      organization,
      ...cite(p.source),
    });
    if (p.session !== null && !record.sessions.some((s) => s.number === p.session)) {
      batch.sessions.push({
        number: p.session,
        year: null,
        city: null,
        startDate: null,
        endDate: null,
        authoritative: false,
        ...cite(p.source),
      });
    }
  }
  for (const t of record.timeline) {
    batch.timeline.push({
      key: `${citation(t.source)}:${t.date}`,
      date: t.date,
      text: t.text,
      ...cite(t.source),
    });
  }
  record.facts.forEach((f, n) => {
    batch.facts.push({
      key: `${citation(f.source)}:${n}`,
      subject: f.subject,
      predicate: f.predicate,
      value: f.value,
      session: f.session,
      ...cite(f.source),
    });
  });
  batch.sessions = dedupe(batch.sessions, (s) => String(s.number));
}

/** A programme is authoritative for its own session; other documents only fill gaps (cypher/write/sessions). */
function sessionRow(s: SessionRecord, authoritative: boolean): GraphBatch['sessions'][number] {
  const { number, city, startDate, endDate } = s;
  return { number, year: Number(startDate.slice(0, 4)), city, startDate, endDate, authoritative, ...cite(s.source) };
}

/** A readable id stable across re-ingestion: session, date, time and a hash of kind and title. */
function eventId(session: number, event: EventRecord, taken: Set<string>): string {
  const hash = createHash('sha1').update(`${event.kind}|${event.title}`).digest('hex').slice(0, 10);
  const base = `cop${session}-${event.date}-${(event.start ?? 'na').replace(':', '')}-${hash}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function personKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function dedupeOrganizations(rows: OrganizationRow[]): OrganizationRow[] {
  const byKey = new Map<string, OrganizationRow>();
  for (const row of rows) {
    const seen = byKey.get(row.key);
    if (!seen) byKey.set(row.key, { ...row, aliases: [...new Set(row.aliases)] });
    else seen.aliases = [...new Set([...seen.aliases, ...row.aliases])];
  }
  return [...byKey.values()];
}

function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
