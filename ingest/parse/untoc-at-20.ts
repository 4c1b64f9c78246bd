// "UNTOC at 20" (UNODC, Vienna 2020): the COP sessions table, the Convention and its Protocols, the
// working groups, the historical timeline and UNODC's branches and programmes are read from the
// document's structure (see the reference-* modules); what it states only in prose — the Review
// Mechanism, the tenth session to come, figures about the ninth — comes from reviewed facts whose
// quotes are checked against the document (reference-facts.ts).

import { IngestError } from '../errors.js';
import type { ReferenceRecord } from '../records.js';
import { type ReviewedEntry, reviewedRecordsFor } from './reference-facts.js';
import { datedResolutions } from './reference-instruments.js';
import { parseSessionsTable } from './reference-sessions.js';
import { documentLines, heading, requireHeading } from './reference-text.js';
import { parseTimeline } from './reference-timeline.js';
import { parseUnodcUnits } from './reference-units.js';
import { parseUntocInstruments } from './reference-untoc-instruments.js';
import { parseWorkingGroups } from './reference-working-groups.js';

/** The publication's title page: a level-1 heading "UNTOC *AT* 20". */
export function isUntocAt20(text: string): boolean {
  return /^#\s+UNTOC\s+\*?at\*?\s+20\s*$/im.test(text);
}

export function parseUntocAt20(file: string, text: string, reviewed: readonly ReviewedEntry[]): ReferenceRecord {
  const lines = documentLines(text);
  const titleLine = lines.find((l) => heading(l.text)?.level === 1);
  if (!isUntocAt20(text) || titleLine === undefined)
    throw new IngestError(file, 1, 'not the "UNTOC at 20" publication');

  const table = parseSessionsTable(file, lines);
  const instruments = parseUntocInstruments(file, lines, datedResolutions(file, lines));
  const groups = parseWorkingGroups(file, lines);
  requireHeading(file, lines, /^the review mechanism$/i, 'Review Mechanism');
  const timeline = parseTimeline(file, lines);
  const units = parseUnodcUnits(file, lines);
  if (!units.some((u) => u.code !== null))
    throw new IngestError(file, lines.length, 'no UNODC global programme with a code is listed');
  const prose = reviewedRecordsFor(file, lines, reviewed);

  return {
    kind: 'reference',
    file,
    title: heading(titleLine.text)?.title ?? 'UNTOC at 20',
    sessions: table.sessions,
    instruments: instruments.instruments,
    partyStatuses: [],
    people: [...table.people, ...prose.people],
    workingGroups: groups.workingGroups,
    timeline,
    unodcUnits: [...units, ...prose.unodcUnits],
    facts: [...instruments.facts, ...prose.facts],
    warnings: [...instruments.warnings, ...groups.warnings],
  };
}
