// The Convention and its Protocols as "UNTOC at 20" introduces them:
//   "The United Nations Convention against Transnational Organized Crime was adopted by the General
//    Assembly on 15 November 2000, in its resolution 55/25, … It entered into force on 29 September
//    2003, … The Convention is also known as the Organized Crime Convention, the UNTOC, or the Palermo
//    Convention."
// and, in the "Protocols" section, a lead-in naming the adopting resolution followed by one statement
// per Protocol: "The Protocol to Prevent, … (also known as the Trafficking in Persons Protocol), which
// entered into force on 25 December 2003", "In 2001, the General Assembly adopted the Protocol against
// … (also known as the Firearms Protocol) through its resolution 55/255, which entered into force on …".
// A Protocol's adoption date is the date the document gives for its resolution, when it gives one.

import { IngestError } from '../errors.js';
import type { FactRecord, InstrumentKey, InstrumentRecord, Warning } from '../records.js';
import { type DatedResolution, USUAL_SHORT_NAMES, instrumentKeyOf, sortInstruments } from './reference-instruments.js';
import { DATE_PATTERN, parseDate, plainText, requireHeading, sectionAfter, src } from './reference-text.js';
import type { SourceLine } from './text.js';

const RES = String.raw`(\d{1,3}\/\d{1,3})`;
const CONVENTION = new RegExp(
  String.raw`\bThe (United Nations Convention against Transnational Organized Crime) was adopted by the General Assembly on (${DATE_PATTERN}), in its resolution ${RES}`,
);
const ENTERED_INTO_FORCE = new RegExp(String.raw`\bentered into force on (${DATE_PATTERN})`);
const ALSO_KNOWN_AS = /\balso known as (?:the )?(.+?)\.(?:\s|$)/;
const PROTOCOLS_LEAD_IN = new RegExp(String.raw`\bprotocols? through (?:its )?resolution ${RES}`, 'i');
const PROTOCOL = new RegExp(
  String.raw`\b(Protocol (?:to|against) [^()]+?) \(also known as the ([^()]+?)\),?(?: through its resolution ${RES})?,? which entered into force on (${DATE_PATTERN})`,
);
const ADOPTED_IN_YEAR = /^In (\d{4}), the General Assembly adopted the /;

export interface UntocInstruments {
  instruments: InstrumentRecord[];
  facts: FactRecord[];
  warnings: Warning[];
}

function shortNameFromAliases(aliases: string, key: InstrumentKey): string {
  const names = aliases.split(/,\s*(?:or\s+)?(?:the\s+)?|\s+or\s+(?:the\s+)?/).map((s) => s.trim());
  return names.find((n) => /^[A-Z]{3,}$/.test(n)) ?? names[0] ?? USUAL_SHORT_NAMES[key];
}

export function parseUntocInstruments(
  file: string,
  lines: readonly SourceLine[],
  resolutions: ReadonlyMap<string, DatedResolution>,
): UntocInstruments {
  const out: UntocInstruments = { instruments: [], facts: [], warnings: [] };

  const conventionLine = lines.find((l) => CONVENTION.test(plainText(l.text)));
  if (conventionLine === undefined) throw new IngestError(file, 1, 'the adoption of the Convention is not stated');
  const ct = plainText(conventionLine.text);
  const [, name = '', adopted = '', resolution = ''] = CONVENTION.exec(ct) ?? [];
  const force = ENTERED_INTO_FORCE.exec(ct)?.[1];
  const aliases = ALSO_KNOWN_AS.exec(ct)?.[1];
  const here = src(file, conventionLine.line);
  out.instruments.push({
    key: 'UNTOC',
    name,
    shortName: aliases === undefined ? USUAL_SHORT_NAMES.UNTOC : shortNameFromAliases(aliases, 'UNTOC'),
    adoptedOn: parseDate(adopted),
    gaResolution: resolution,
    entryIntoForce: force === undefined ? null : parseDate(force),
    source: here,
    fieldSources: {
      name: here,
      shortName: here,
      adoptedOn: here,
      gaResolution: here,
      entryIntoForce: here,
    },
  });

  const at = requireHeading(file, lines, /^protocols$/i, 'Protocols');
  const section = sectionAfter(lines, at);
  let leadIn: { resolution: string; line: number } | null = null;
  for (const l of section) {
    const t = plainText(l.text);
    const lm = PROTOCOLS_LEAD_IN.exec(t);
    if (lm !== null) leadIn = { resolution: lm[1] ?? '', line: l.line };
    const m = PROTOCOL.exec(t);
    if (m === null) continue;
    const [, pname = '', shortName = '', ownResolution, forceDate = ''] = m;
    const key = instrumentKeyOf(pname);
    if (key === null) {
      out.warnings.push({
        message: `unrecognised Protocol "${pname}"`,
        source: src(file, l.line),
      });
      continue;
    }
    const line = src(file, l.line);
    const gaResolution = ownResolution ?? leadIn?.resolution ?? null;
    const resolutionSource = ownResolution !== undefined ? line : leadIn === null ? undefined : src(file, leadIn.line);
    const dated = gaResolution === null ? undefined : resolutions.get(gaResolution);
    const year = ADOPTED_IN_YEAR.exec(t)?.[1];
    if (dated === undefined && year !== undefined) {
      out.facts.push({
        subject: shortName,
        predicate: 'adoptedInYear',
        value: year,
        session: null,
        source: line,
      });
      out.warnings.push({
        message: `the document dates the adoption of the ${shortName} only by year (${year})`,
        source: line,
      });
    }
    out.instruments.push({
      key,
      name: pname,
      shortName,
      adoptedOn: dated?.date ?? null,
      gaResolution,
      entryIntoForce: parseDate(forceDate),
      source: line,
      fieldSources: {
        name: line,
        shortName: line,
        entryIntoForce: line,
        ...(resolutionSource === undefined ? {} : { gaResolution: resolutionSource }),
        ...(dated === undefined ? {} : { adoptedOn: dated.source }),
      },
    });
  }
  const keys = new Set(out.instruments.map((i) => i.key));
  if (keys.size !== 4 || out.instruments.length !== 4) {
    throw new IngestError(
      file,
      at.line,
      `expected the Convention and its three Protocols, found ${[...keys].join(', ')}`,
    );
  }
  out.instruments = sortInstruments(out.instruments);
  return out;
}
