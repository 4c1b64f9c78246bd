// What both reference documents need to say about the four instruments: which instrument a name
// denotes, their usual short names, and the dates of the General Assembly resolutions that adopted
// them (a Protocol "adopted by General Assembly resolution 55/25" was adopted on the date the
// document gives for resolution 55/25).

import type { InstrumentKey, InstrumentRecord, Source } from '../records.js';
import { DATE_PATTERN, parseDate, plainText, src } from './reference-text.js';
import type { SourceLine } from './text.js';

export const INSTRUMENT_ORDER: readonly InstrumentKey[] = [
  'UNTOC',
  'TIP_PROTOCOL',
  'SOM_PROTOCOL',
  'FIREARMS_PROTOCOL',
];

/** The short name each instrument is commonly given; used when a document gives none explicitly. */
export const USUAL_SHORT_NAMES: Readonly<Record<InstrumentKey, string>> = {
  UNTOC: 'UNTOC',
  TIP_PROTOCOL: 'Trafficking in Persons Protocol',
  SOM_PROTOCOL: 'Smuggling of Migrants Protocol',
  FIREARMS_PROTOCOL: 'Firearms Protocol',
};

/** Which instrument a full or short name denotes ("THE PROTOCOL AGAINST THE SMUGGLING OF MIGRANTS…"). */
export function instrumentKeyOf(name: string): InstrumentKey | null {
  const t = name.toLowerCase();
  if (/\bprotocol\b/.test(t)) {
    if (/trafficking in persons/.test(t)) return 'TIP_PROTOCOL';
    if (/smuggling of migrants/.test(t)) return 'SOM_PROTOCOL';
    if (/firearms/.test(t)) return 'FIREARMS_PROTOCOL';
    return null;
  }
  if (
    /convention against transnational organized crime|^untoc$|organized crime convention|palermo convention/.test(t)
  ) {
    return 'UNTOC';
  }
  return null;
}

export interface DatedResolution {
  /** YYYY-MM-DD */
  date: string;
  source: Source;
}

const RES = String.raw`(\d{1,3}\/\d{1,3})`;
const DATED_RESOLUTION_PATTERNS: ReadonlyArray<{
  re: RegExp;
  res: number;
  date: number;
}> = [
  // "resolution 55/25 of 15 November 2000"
  {
    re: new RegExp(String.raw`\bresolution ${RES} of (${DATE_PATTERN})`, 'gi'),
    res: 1,
    date: 2,
  },
  // "adopted by the General Assembly on 15 November 2000, in its resolution 55/25"
  {
    re: new RegExp(String.raw`\bon (${DATE_PATTERN}), in its resolution ${RES}`, 'gi'),
    res: 2,
    date: 1,
  },
  // "Adopted by the UN General Assembly: 15 November 2000, by resolution 55/25"
  {
    re: new RegExp(String.raw`:\s*(${DATE_PATTERN}),? by resolution ${RES}`, 'gi'),
    res: 2,
    date: 1,
  },
];

/** Every General Assembly resolution the document dates, at the first line dating it. */
export function datedResolutions(file: string, lines: readonly SourceLine[]): Map<string, DatedResolution> {
  const out = new Map<string, DatedResolution>();
  for (const l of lines) {
    const t = plainText(l.text);
    for (const p of DATED_RESOLUTION_PATTERNS) {
      for (const m of t.matchAll(p.re)) {
        const res = m[p.res] ?? '';
        const date = parseDate(m[p.date] ?? '');
        if (date !== null && !out.has(res)) out.set(res, { date, source: src(file, l.line) });
      }
    }
  }
  return out;
}

/** The first line mentioning a text (case-insensitive), for sourcing a short name. */
export function firstMention(file: string, lines: readonly SourceLine[], text: string): Source | null {
  const needle = text.toLowerCase();
  const l = lines.find((x) => plainText(x.text).toLowerCase().includes(needle));
  return l === undefined ? null : src(file, l.line);
}

/** Instruments in the usual order (Convention, then the Protocols in order of adoption). */
export function sortInstruments(list: InstrumentRecord[]): InstrumentRecord[] {
  return [...list].sort((a, b) => INSTRUMENT_ORDER.indexOf(a.key) - INSTRUMENT_ORDER.indexOf(b.key));
}
