// The synthetic corpus of `npm run bench:scale`: one programme TEXT per session, in the three layouts the real
// parsers read (2012 bordered table, 2020 running text, 2024 tab rows, in turn), so ingestion at scale runs the
// same code as the bundled corpus. Deterministic for a seed; documents are produced one at a time (a generator),
// so neither writing nor ingesting them holds the whole corpus.
import { ordinalWord } from '../../ingest/parse/ordinals.js';
import type { ProgrammeLayout } from '../../ingest/records.js';
import type { OrganizationResolver } from '../../src/domain/organizations.js';
import { OrganizerSampler, organizationPool, type OrganizationPool, type ScaleOrganization } from './organizations.js';
import { Random } from './random.js';

export interface ScaleOptions {
  seed: number;
  sessions: number;
  /** Events per session, one plenary slot per day included. */
  eventsPerSession: number;
  organizations: number;
  minOrganizers: number;
  maxOrganizers: number;
}

export const DEFAULT_SCALE: ScaleOptions = {
  seed: 12,
  sessions: 50,
  eventsPerSession: 2000,
  organizations: 10_000,
  minOrganizers: 3,
  maxOrganizers: 8,
};

export interface PlannedEvent {
  kind: 'PLENARY' | 'SIDE_EVENT';
  title: string;
  /** ISO date */
  date: string;
  hour: number;
  venue: string;
  leads: ScaleOrganization[];
  partners: ScaleOrganization[];
}

export interface ScaleDocument {
  file: string;
  layout: ProgrammeLayout;
  session: number;
  text: string;
  events: PlannedEvent[];
}

const LAYOUTS: ProgrammeLayout[] = ['table', 'running-text', 'tab-rows'];
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const HOURS = [9, 10, 11, 13, 14, 15, 16, 17];
const ROOMS = ['M1', 'M2', 'M3', 'M6', 'M7', 'CR3', 'CR7', 'Boardroom A', 'Boardroom B', 'Online'];
const DAYS = 5;

// Title words: actions, subjects the topic taxonomy knows, and places, so topics get assigned as in real programmes.
const ACTIONS = [
  'STRENGTHENING COOPERATION AGAINST',
  'NEW RESPONSES TO',
  'PREVENTING',
  'INVESTIGATING',
  'DATA ON',
  'REGIONAL APPROACHES TO',
  'VICTIMS FIRST IN',
  'LESSONS LEARNED ON',
  'COUNTERING',
  'PROSECUTING',
];
const SUBJECTS = [
  'TRAFFICKING IN PERSONS',
  'THE SMUGGLING OF MIGRANTS',
  'FIREARMS TRAFFICKING',
  'WILDLIFE CRIME',
  'CYBERCRIME',
  'MONEY-LAUNDERING',
  'CORRUPTION IN PORTS',
  'CRIMES THAT AFFECT THE ENVIRONMENT',
  'DRUG TRAFFICKING AT SEA',
  'TRAFFICKING IN CULTURAL PROPERTY',
  'FRAUD ONLINE',
  'ORGANIZED CRIME IN PRISONS',
];
const PLACES = [
  'IN WEST AFRICA',
  'IN THE SAHEL',
  'ACROSS THE MEDITERRANEAN',
  'IN SOUTH-EAST ASIA',
  'IN THE ANDES',
  'IN THE CARIBBEAN',
  'IN CENTRAL ASIA',
  'ON THE BALKAN ROUTE',
  'IN THE PACIFIC',
  'IN EASTERN EUROPE',
];

/** Sessions of the synthetic corpus start in 2001 and meet every year in the second week of October. */
function sessionMonday(session: number): Date {
  const year = 2000 + session;
  const first = new Date(Date.UTC(year, 9, 1));
  const toMonday = (8 - first.getUTCDay()) % 7;
  return new Date(Date.UTC(year, 9, 1 + toMonday + 7));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayHeader = (d: Date) =>
  `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.toUpperCase()}`;

function sessionOrdinal(n: number): string {
  if (n <= 30) return ordinalWord(n).replace(/^./, (c) => c.toUpperCase());
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}

/** "9–9.50 a.m.", "2–2.50 p.m." */
function timeText(hour: number): string {
  const h = hour > 12 ? hour - 12 : hour;
  return `${h}–${h}.50 ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/** Creates the documents lazily; `resolver` checks the names (see organizations.ts). */
export function* generateCorpus(options: ScaleOptions, resolver: OrganizationResolver): Generator<ScaleDocument> {
  const random = new Random(options.seed);
  const pool: OrganizationPool = organizationPool(resolver, options.organizations, random);
  const sideEvents = Math.max(0, options.eventsPerSession - DAYS);
  const mentions = options.sessions * sideEvents * ((options.minOrganizers + options.maxOrganizers) / 2);
  const sampler = new OrganizerSampler(pool, random, Math.max(1, mentions));
  for (let s = 1; s <= options.sessions; s += 1) {
    const layout = LAYOUTS[(s - 1) % LAYOUTS.length]!;
    const events = planSession(s, sideEvents, options, sampler, random);
    const file = `scale-${String(s).padStart(3, '0')}-${layout}.txt`;
    yield { file, layout, session: s, text: render(layout, s, events), events };
  }
}

function planSession(
  session: number,
  sideEvents: number,
  options: ScaleOptions,
  sampler: OrganizerSampler,
  random: Random,
): PlannedEvent[] {
  const monday = sessionMonday(session);
  const events: PlannedEvent[] = [];
  for (let d = 0; d < DAYS; d += 1) {
    events.push({
      kind: 'PLENARY',
      title: '',
      date: iso(addDays(monday, d)),
      hour: 10,
      venue: '',
      leads: [],
      partners: [],
    });
  }
  for (let i = 0; i < sideEvents; i += 1) {
    const organizers = sampler.draw(random.between(options.minOrganizers, options.maxOrganizers));
    const leadCount = random.next() < 0.3 ? 2 : 1;
    events.push({
      kind: 'SIDE_EVENT',
      // The number makes titles unique within a session, as the event key (date, time, title) expects.
      title: `${random.pick(ACTIONS)} ${random.pick(SUBJECTS)} ${random.pick(PLACES)} ${session}-${i + 1}`,
      date: iso(addDays(monday, Math.floor((i * DAYS) / Math.max(1, sideEvents)))),
      hour: random.pick(HOURS),
      venue: random.pick(ROOMS),
      leads: organizers.slice(0, leadCount),
      partners: organizers.slice(leadCount),
    });
  }
  return events;
}

function render(layout: ProgrammeLayout, session: number, events: PlannedEvent[]): string {
  const monday = sessionMonday(session);
  const friday = addDays(monday, DAYS - 1);
  const dates = `${monday.getUTCDate()}–${friday.getUTCDate()} ${MONTHS[friday.getUTCMonth()]} ${friday.getUTCFullYear()}`;
  const byDay = new Map<string, PlannedEvent[]>();
  for (const e of events) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  const days = [...byDay.keys()].sort().map((date) => ({
    header: dayHeader(new Date(`${date}T00:00:00Z`)),
    plenary: byDay.get(date)!.filter((e) => e.kind === 'PLENARY'),
    side: byDay.get(date)!.filter((e) => e.kind === 'SIDE_EVENT'),
  }));
  const lines: string[] = [];
  if (layout === 'table') {
    lines.push('Conference of the Parties', 'United Nations Convention against', 'Transnational Organized Crime', '');
    lines.push(
      `${sessionOrdinal(session)} session of the Conference of the Parties`,
      `${dates}, Vienna`,
      '',
      'PROGRAMME',
      '',
    );
    lines.push('<i>Time</i>\t<i>Plenary</i>\t<i>Parallel meeting</i>');
    for (const day of days) {
      lines.push(`${day.header}\t\t`);
      lines.push(...day.plenary.map(() => '10 a.m. - 1 p.m.\tItem 1. General discussion\t'));
    }
    lines.push('', 'SIDE EVENTS', '', '<i>Time</i>\t<i>Venue</i>\t<i>Side event</i>\t<i>Description</i>');
    for (const day of days) {
      if (day.side.length === 0) continue;
      lines.push(`${day.header}\t\t\t`);
      for (const e of day.side) {
        const organizers = [...e.leads, ...e.partners].map((o) => o.name).join(' / ');
        const title = e.title.toLowerCase().replace(/^./, (c) => c.toUpperCase());
        lines.push(
          `${timeText(e.hour).replace('–', ' - ')}\t${e.venue}\t${organizers}: ${title}\t<i>A side event of session ${session}.</i>`,
        );
      }
    }
  } else if (layout === 'running-text') {
    lines.push(
      `${sessionOrdinal(session).toUpperCase()} SESSION OF THE CONFERENCE OF`,
      'THE PARTIES TO THE UNITED NATIONS',
    );
    lines.push(
      'CONVENTION AGAINST TRANSNATIONAL ORGANIZED CRIME',
      '',
      `${dates.toUpperCase()}, VIENNA`,
      '',
      'PROGRAMME',
      '',
    );
    for (const day of days) {
      lines.push(`${day.header} Plenary Hall, M-Building`, '');
      lines.push(...day.plenary.flatMap(() => ['10 a.m.–1 p.m. Item 1. General discussion', '']));
    }
    lines.push('SIDE EVENTS');
    for (const day of days) {
      if (day.side.length === 0) continue;
      lines.push(day.header);
      for (const e of day.side) {
        const partners = e.partners.length > 0 ? ` (with ${e.partners.map((o) => o.prose).join(', ')})` : '';
        lines.push(
          `${timeText(e.hour)} ${e.title} Organized by ${e.leads.map((o) => o.prose).join(', ')}${partners}`,
          '',
        );
      }
    }
  } else {
    lines.push(
      '',
      `${sessionOrdinal(session)} session`,
      '',
      'of the Conference of the Parties',
      '',
      `Vienna, ${dates}`,
      '',
      'PROGRAMME',
      '',
    );
    for (const day of days) {
      lines.push(day.header, '', 'Plenary Hall, M-Building', '');
      lines.push(...day.plenary.map(() => '10 a.m.–1 p.m.\tItem 1. General discussion'));
      lines.push('');
    }
    lines.push('SIDE EVENTS', '');
    for (const day of days) {
      if (day.side.length === 0) continue;
      lines.push(day.header, '', 'Venue', '');
      for (const e of day.side) {
        const partners = e.partners.length > 0 ? `, with ${e.partners.map((o) => o.name).join(', ')}` : '';
        lines.push(
          `${timeText(e.hour)}\t${e.title} Organized by ${e.leads.map((o) => o.name).join(', ')}${partners}\t${e.venue}`,
        );
      }
      lines.push('');
    }
  }
  return `${lines.join('\n')}\n`;
}
