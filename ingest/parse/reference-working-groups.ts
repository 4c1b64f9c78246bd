// The working groups of the Conference in "UNTOC at 20": a lead-in that says how many there are
// ("the COP established five permanent working groups, namely:"), one bullet per group ("The Working
// Group on **Firearms**, to advise and assist the Conference … with regard to the Protocol against …"),
// and the decisions that made them permanent ("In its resolution 7/1, the COP decided that the Working
// Group on Trafficking in Persons, … will be constant elements of the Conference of the Parties").
//
// A group whose mandate names a Protocol concerns that Protocol; the others concern the Convention
// itself, as the lead-in says the groups "focus on specific areas relating to the Organized Crime
// Convention or its Protocols".

import { IngestError } from '../errors.js';
import type { Warning, WorkingGroupRecord } from '../records.js';
import { instrumentKeyOf } from './reference-instruments.js';
import { parseCount, plainText, requireHeading, sectionAfter, src } from './reference-text.js';
import type { SourceLine } from './text.js';

const LEAD_IN = /\bestablished\s+(\w+)\s+(?:permanent\s+)?working groups\b/i;
const BULLET = /^-\s+The (Working Group (?:on|of) (.+?)), (to .+)$/;
const MANDATE_OBJECT = /\b(?:with regard to|mandate on|discussions on)\s+(.+)$/i;
const DECISION =
  /\bIn its (resolution|decision) (\d+\/\d+), the (?:COP|Conference(?: of the Parties)?) (?:also )?decided that (.+?) will be (?:a )?constant elements?\b/i;

/** "Trafficking in Persons" → WG_TRAFFICKING_IN_PERSONS; "Government Experts on Technical Assistance" → WG_TECHNICAL_ASSISTANCE. */
export function workingGroupKey(topic: string): string {
  const core = topic.replace(/^(?:the\s+)?(?:government\s+experts\s+on\s+)?(?:the\s+)?/i, '');
  return `WG_${core
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}

export interface WorkingGroups {
  workingGroups: WorkingGroupRecord[];
  warnings: Warning[];
}

export function parseWorkingGroups(file: string, lines: readonly SourceLine[]): WorkingGroups {
  const at = requireHeading(file, lines, /^working groups$/i, 'Working Groups');
  const section = sectionAfter(lines, at);
  const leadIn = section.find((l) => LEAD_IN.test(plainText(l.text)));
  const stated = leadIn === undefined ? null : parseCount(LEAD_IN.exec(plainText(leadIn.text))?.[1] ?? '');
  if (leadIn === undefined || stated === null)
    throw new IngestError(file, at.line, 'the Working Groups section does not say how many groups there are');

  const groups: WorkingGroupRecord[] = [];
  for (const l of section.slice(section.indexOf(leadIn) + 1)) {
    const t = plainText(l.text);
    if (t === '') continue;
    const m = BULLET.exec(t);
    if (m === null) break;
    const [, name = '', topic = '', mandate = ''] = m;
    const object = MANDATE_OBJECT.exec(mandate)?.[1] ?? mandate.replace(/^to\s+/, '');
    const protocol = instrumentKeyOf(object);
    groups.push({
      key: workingGroupKey(topic),
      name,
      advisesOn: object,
      establishedBy: null,
      instrument: protocol ?? 'UNTOC',
      source: src(file, l.line),
    });
  }
  if (groups.length !== stated) {
    const last = groups.at(-1)?.source.line ?? leadIn.line;
    throw new IngestError(
      file,
      last,
      `the Working Groups section lists ${groups.length} groups, its lead-in says ${stated} (truncated?)`,
    );
  }

  for (const l of section) {
    const m = DECISION.exec(plainText(l.text));
    if (m === null) continue;
    const [, kind = '', number = '', named = ''] = m;
    for (const g of groups) {
      if (g.establishedBy === null && named.toLowerCase().includes(g.name.toLowerCase())) {
        g.establishedBy = `${kind.toLowerCase()} ${number}`;
        g.establishedBySource = src(file, l.line);
      }
    }
  }
  const warnings: Warning[] = groups
    .filter((g) => g.establishedBy === null)
    .map((g) => ({
      message: `no decision establishing the ${g.name} is stated`,
      source: g.source,
    }));
  return { workingGroups: groups, warnings };
}
