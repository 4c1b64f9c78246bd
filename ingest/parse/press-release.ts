// The UNODC press release on the opening of a COP session, with the speeches and the instrument
// fact boxes that follow it (002_…: COP10, 12 October 2020).
//
// Read from structure:
// - the title ("… on 10th Session of the Conference of the Parties") gives the session number;
// - the dateline ("VIENNA, 12 October 2020 - … opened the tenth session … today") gives the opening
//   date and city;
// - transcript headers ("Video message of the UN Secretary General, Antonio Guterres") give speakers;
// - the contact block ("For further information please contact:" name / role);
// - one fact box per instrument: an upper-case heading, then labelled fields ("Adopted by the UN General
//   Assembly: 15 November 2000, by resolution 55/25", "Entry into force: …", "Signatories: 147",
//   "Parties: 190 (as of 9 October 2020)") and a paragraph saying which resolution adopted it.
// Read from reviewed facts (reference-facts.ts): speakers and presidents named only in sentences, and
// participation figures.
//
// The release states when the session opened but not when it closes, so it yields no SessionRecord
// (which needs an end date); the opening is kept as facts.

import { IngestError } from '../errors.js';
import type {
  FactRecord,
  InstrumentRecord,
  PartyStatusRecord,
  PersonRecord,
  ReferenceRecord,
  Warning,
} from '../records.js';
import { type ReviewedEntry, reviewedRecordsFor } from './reference-facts.js';
import {
  USUAL_SHORT_NAMES,
  datedResolutions,
  firstMention,
  instrumentKeyOf,
  sortInstruments,
} from './reference-instruments.js';
import { ordinalWord, parseOrdinal } from './ordinals.js';
import { DATE_PATTERN, documentLines, parseDate, plainText, src } from './reference-text.js';
import { type SourceLine, isUpperCaseText } from './text.js';

const RES = String.raw`(\d{1,3}\/\d{1,3})`;
const TITLE_SESSION = /\b(\w+) session of the Conference of the Parties\b/i;
const DATELINE = new RegExp(String.raw`^([A-Z][A-Z .'’-]+),\s+(${DATE_PATTERN})\s+[-–—]\s`);
const OPENED_TODAY = /\bopened the (\w+) session\b.*\btoday\b/i;
const VIDEO_MESSAGE = /^Video message of (?:the )?(.+?),\s+(.+)$/i;
const CONTACT = /^For further information please contact:?$/i;
const ADOPTED = new RegExp(
  String.raw`^Adopted by the (?:UN |United Nations )?General Assembly:\s*(${DATE_PATTERN}),?\s+by resolution ${RES}`,
  'i',
);
const ENTRY_INTO_FORCE = new RegExp(String.raw`^Entry into force:\s*(${DATE_PATTERN})`, 'i');
const SIGNATORIES = /^Signatories:\s*(\d[\d,]*)\s*$/i;
const PARTIES = new RegExp(String.raw`^Parties:\s*(\d[\d,]*)\s*\(as of (${DATE_PATTERN})\)`, 'i');
const ADOPTING_PARAGRAPH = new RegExp(
  String.raw`^The ((?:United Nations )?(?:Convention|Protocol)\b[^.]*?),? (?:was )?adopted by General Assembly resolution ${RES}(?: of (${DATE_PATTERN}))?`,
);

/** A press release ("PRESS RELEASE" on a line of its own) about a session of the Conference of the Parties. */
export function isCopPressRelease(text: string): boolean {
  return /^\s*PRESS RELEASE\s*$/m.test(text) && TITLE_SESSION.test(text);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function count(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** An upper-case heading of a fact box ("THE PROTOCOL AGAINST THE SMUGGLING OF MIGRANTS BY LAND, SEA AND AIR"). */
function isBoxHeading(text: string): boolean {
  return isUpperCaseText(text) && text.split(/\s+/).length >= 3 && !/[.:]$/.test(text);
}

interface Boxes {
  instruments: InstrumentRecord[];
  partyStatuses: PartyStatusRecord[];
  warnings: Warning[];
}

function parseFactBoxes(file: string, lines: readonly SourceLine[]): Boxes {
  const out: Boxes = { instruments: [], partyStatuses: [], warnings: [] };
  const resolutions = datedResolutions(file, lines);
  const plain = lines.map((l) => ({ text: plainText(l.text), line: l.line }));
  const headings = plain.filter((l) => isBoxHeading(l.text));
  const boxes = headings.filter((h) => instrumentKeyOf(h.text) !== null);
  for (const h of boxes) {
    const key = instrumentKeyOf(h.text);
    if (key === null) continue;
    const next = headings.find((x) => x.line > h.line)?.line ?? Number.POSITIVE_INFINITY;
    const body = plain.filter((l) => l.line > h.line && l.line < next);
    const here = src(file, h.line);
    const find = (re: RegExp) => {
      for (const l of body) {
        const m = re.exec(l.text);
        if (m !== null) return { m, source: src(file, l.line) };
      }
      return null;
    };
    const adopted = find(ADOPTED);
    const force = find(ENTRY_INTO_FORCE);
    const signatories = find(SIGNATORIES);
    const parties = find(PARTIES);
    const paragraph = find(ADOPTING_PARAGRAPH);
    if (parties === null) throw new IngestError(file, h.line, `the ${h.text} box has no "Parties: N (as of …)" line`);
    if (force === null) throw new IngestError(file, h.line, `the ${h.text} box has no "Entry into force:" line`);

    const gaResolution = adopted?.m[2] ?? paragraph?.m[2] ?? null;
    const resolutionSource = adopted?.source ?? paragraph?.source;
    const adoptedOn =
      (adopted === null ? null : { date: parseDate(adopted.m[1] ?? ''), source: adopted.source }) ??
      (paragraph?.m[3] === undefined ? null : { date: parseDate(paragraph.m[3]), source: paragraph.source }) ??
      (gaResolution === null ? null : (resolutions.get(gaResolution) ?? null));
    const name = paragraph?.m[1] ?? h.text;
    if (paragraph === null)
      out.warnings.push({
        message: `no sentence names the ${h.text}; using its heading`,
        source: here,
      });
    const shortName = USUAL_SHORT_NAMES[key];
    const shortSource = firstMention(file, lines, shortName);
    if (shortSource === null)
      out.warnings.push({
        message: `the release never calls it the "${shortName}"`,
        source: here,
      });

    out.instruments.push({
      key,
      name,
      shortName,
      adoptedOn: adoptedOn?.date ?? null,
      gaResolution,
      entryIntoForce: parseDate(force.m[1] ?? ''),
      source: here,
      fieldSources: {
        name: paragraph?.source ?? here,
        entryIntoForce: force.source,
        ...(shortSource === null ? {} : { shortName: shortSource }),
        ...(resolutionSource === undefined ? {} : { gaResolution: resolutionSource }),
        ...(adoptedOn === null ? {} : { adoptedOn: adoptedOn.source }),
      },
    });
    out.partyStatuses.push({
      instrument: key,
      asOf: parseDate(parties.m[2] ?? '') ?? '',
      parties: count(parties.m[1] ?? ''),
      signatories: signatories === null ? null : count(signatories.m[1] ?? ''),
      source: parties.source,
    });
  }
  const keys = new Set(out.instruments.map((i) => i.key));
  if (keys.size !== 4 || out.instruments.length !== 4) {
    const last = boxes.at(-1)?.line ?? lines.length;
    throw new IngestError(
      file,
      last,
      `expected fact boxes for the Convention and its three Protocols, found ${[...keys].join(', ') || 'none'}`,
    );
  }
  out.instruments = sortInstruments(out.instruments);
  out.partyStatuses.sort(
    (a, b) =>
      out.instruments.findIndex((i) => i.key === a.instrument) -
      out.instruments.findIndex((i) => i.key === b.instrument),
  );
  return out;
}

interface Opening {
  title: string;
  session: number;
  facts: FactRecord[];
  warnings: Warning[];
}

function parseOpening(file: string, lines: readonly SourceLine[]): Opening {
  const marker = lines.findIndex((l) => /^\s*PRESS RELEASE\s*$/.test(l.text));
  const titleLine = lines.slice(marker + 1).find((l) => plainText(l.text) !== '');
  if (marker < 0 || titleLine === undefined)
    throw new IngestError(file, 1, 'not a press release (no "PRESS RELEASE" title)');
  const title = plainText(titleLine.text);
  const session = parseOrdinal(TITLE_SESSION.exec(title)?.[1] ?? '');
  if (session === null)
    throw new IngestError(file, titleLine.line, 'the title names no session of the Conference of the Parties');

  const facts: FactRecord[] = [];
  const warnings: Warning[] = [];
  const dateline = lines.find((l) => DATELINE.test(plainText(l.text)));
  if (dateline === undefined)
    throw new IngestError(file, titleLine.line, 'the release has no dateline ("CITY, D Month YYYY - …")');
  const t = plainText(dateline.text);
  const [, city = '', date = ''] = DATELINE.exec(t) ?? [];
  const opened = OPENED_TODAY.exec(t);
  const source = src(file, dateline.line);
  if (opened !== null && parseOrdinal(opened[1] ?? '') === session) {
    const subject = `COP${session}`;
    facts.push({
      subject,
      predicate: 'openedOn',
      value: parseDate(date) ?? date,
      session,
      source,
    });
    facts.push({
      subject,
      predicate: 'openedIn',
      value: titleCase(city.trim()),
      session,
      source,
    });
  } else {
    warnings.push({
      message: 'the dateline does not say the session opened that day',
      source,
    });
  }
  warnings.push({
    message: `the release does not state when the ${ordinalWord(session)} session closes; no session record is made`,
    source,
  });
  return { title, session, facts, warnings };
}

function parseStructuredPeople(file: string, lines: readonly SourceLine[], session: number): PersonRecord[] {
  const out: PersonRecord[] = [];
  lines.forEach((l, i) => {
    const t = plainText(l.text);
    const video = VIDEO_MESSAGE.exec(t);
    if (video !== null) {
      const role = (video[1] ?? '').trim();
      const org = /^(UN|United Nations)\b/.exec(role)?.[1] ?? null;
      out.push({
        name: (video[2] ?? '').trim(),
        role,
        organization: org,
        session,
        relation: 'SPEAKER',
        source: src(file, l.line),
      });
    }
    if (CONTACT.test(t)) {
      const [nameLine, roleLine] = lines.slice(i + 1, i + 3);
      if (
        nameLine !== undefined &&
        roleLine !== undefined &&
        plainText(nameLine.text) !== '' &&
        !/:/.test(nameLine.text)
      ) {
        out.push({
          name: plainText(nameLine.text),
          role: plainText(roleLine.text),
          organization: null,
          session: null,
          relation: null,
          source: src(file, nameLine.line),
        });
      }
    }
  });
  return out;
}

export function parsePressRelease(file: string, text: string, reviewed: readonly ReviewedEntry[]): ReferenceRecord {
  const lines = documentLines(text);
  const opening = parseOpening(file, lines);
  const boxes = parseFactBoxes(file, lines);
  const people = parseStructuredPeople(file, lines, opening.session);
  const prose = reviewedRecordsFor(file, lines, reviewed);
  return {
    kind: 'reference',
    file,
    title: opening.title,
    sessions: [],
    instruments: boxes.instruments,
    partyStatuses: boxes.partyStatuses,
    people: [...people, ...prose.people],
    workingGroups: [],
    timeline: [],
    unodcUnits: prose.unodcUnits,
    facts: [...opening.facts, ...prose.facts],
    warnings: [...opening.warnings, ...boxes.warnings],
  };
}
