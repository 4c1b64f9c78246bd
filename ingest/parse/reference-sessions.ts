// The table of COP sessions in "UNTOC at 20":
//
//   To date, the Conference has held nine sessions, all in Vienna:
//   Conference session<TAB>Presidents of the Conference
//   <b>First session</b> (28 June–09 July 2004)<TAB>Victor G. Garcia III (Philippines)
//   …
//   <b>Ninth session</b> (15–19 October 2018)<TAB>Senén Florensa Palau (Spain) (former) and Alessandro Cortese (Italy) (current)
//
// The caption gives the city and how many sessions the table must list, so a table cut short is an
// IngestError rather than a shorter list.

import { IngestError } from '../errors.js';
import type { PersonRecord, SessionRecord } from '../records.js';
import { ordinalWord, parseOrdinal } from './ordinals.js';
import { parseCount, parseDateRange, plainText, src } from './reference-text.js';
import type { SourceLine } from './text.js';

const CAPTION = /\bheld\s+(\w+)\s+sessions?,\s+all\s+in\s+([A-Z][\p{L} -]*?)\s*:?\s*$/u;
const ROW_SESSION = /^(\S+)\s+session\s*\((.+)\)$/i;
// "Name (State)", optionally "(former)"/"(current)", several joined by "and".
const PRESIDENT = /\s*(?:and\s+)?([^()]+?)\s*\(([^()]+)\)(?:\s*\((former|current|outgoing|incoming)\))?\s*/uy;

function cells(raw: string): string[] {
  return raw.split('\t').map(plainText);
}

function isTableHeader(raw: string): boolean {
  const [a = '', b = ''] = cells(raw);
  return /^conference session$/i.test(a) && /^presidents? of the conference$/i.test(b);
}

function parsePresidents(file: string, line: number, text: string, session: number): PersonRecord[] {
  const out: PersonRecord[] = [];
  PRESIDENT.lastIndex = 0;
  while (PRESIDENT.lastIndex < text.length) {
    const m = PRESIDENT.exec(text);
    if (m === null) throw new IngestError(file, line, `cannot read the President(s) "${text}"`);
    const [, name = '', organization = '', qualifier] = m;
    out.push({
      name: name.trim(),
      role: `President of the ${ordinalWord(session)} session${qualifier === undefined ? '' : ` (${qualifier})`}`,
      organization: organization.trim(),
      session,
      relation: 'PRESIDENT',
      source: src(file, line),
    });
  }
  if (out.length === 0) throw new IngestError(file, line, 'session row names no President');
  return out;
}

export interface SessionsTable {
  sessions: SessionRecord[];
  people: PersonRecord[];
}

export function parseSessionsTable(file: string, lines: readonly SourceLine[]): SessionsTable {
  const headerIndex = lines.findIndex((l) => isTableHeader(l.text));
  if (headerIndex < 0) {
    const cop = lines.find((l) => /^#+\s+The Conference of the Parties\s*$/i.test(l.text.trim()));
    throw new IngestError(
      file,
      cop?.line ?? 1,
      'the table of COP sessions ("Conference session | Presidents of the Conference") is missing',
    );
  }
  const header = lines[headerIndex] as SourceLine;

  // The caption is the last non-blank line above the header.
  const caption = lines
    .slice(Math.max(0, headerIndex - 5), headerIndex)
    .reverse()
    .find((l) => plainText(l.text) !== '');
  const cm = caption === undefined ? null : CAPTION.exec(plainText(caption.text));
  const stated = cm === null ? null : parseCount(cm[1] ?? '');
  if (caption === undefined || cm === null || stated === null) {
    throw new IngestError(
      file,
      header.line,
      'the sessions table has no caption stating how many sessions were held and where',
    );
  }
  const city = (cm[2] ?? '').trim();

  const sessions: SessionRecord[] = [];
  const people: PersonRecord[] = [];
  for (const l of lines.slice(headerIndex + 1)) {
    if (!l.text.includes('\t')) break;
    const [first = '', presidents = ''] = cells(l.text);
    const m = ROW_SESSION.exec(first);
    const number = m === null ? null : parseOrdinal(m[1] ?? '');
    const dates = m === null ? null : parseDateRange(m[2] ?? '');
    if (number === null || dates === null)
      throw new IngestError(file, l.line, `cannot read the session row "${first}"`);
    const expected = sessions.length + 1;
    if (number !== expected)
      throw new IngestError(
        file,
        l.line,
        `expected the ${ordinalWord(expected)} session, found the ${ordinalWord(number)}`,
      );
    sessions.push({
      number,
      city,
      startDate: dates.start,
      endDate: dates.end,
      source: src(file, l.line),
    });
    people.push(...parsePresidents(file, l.line, presidents, number));
  }
  if (sessions.length !== stated) {
    const last = sessions.at(-1)?.source.line ?? header.line;
    throw new IngestError(
      file,
      last,
      `the sessions table lists ${sessions.length} sessions, its caption says ${stated} (truncated?)`,
    );
  }
  return { sessions, people };
}
