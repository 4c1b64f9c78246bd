// UNODC branches and global programmes named in "UNTOC at 20":
// - branches: "the Organized Crime and Illicit Trafficking Branch (OCB)";
// - programmes with a code, listed one per line ("Global Programme Against Trafficking – GPAT (GLOT59)",
//   "Building Effective Networks Against Transnational Organized Crime (BENATOC) (GLOZ72)") or named in a
//   sentence ("Under the UNODC Global Programme on Support to the work of … (GLOT60), UNODC supported …");
// - programmes without a code that head a section ("### CRIMJUST Global Programme").
// The document names no branch as the parent of any programme ("OCB also manages a number of Global
// Programmes" does not say which), so `parent` stays null.

import type { UnodcUnitRecord } from '../records.js';
import { heading, plainText, src } from './reference-text.js';
import type { SourceLine } from './text.js';

const CODE = /\((GLO[A-Z]\d{2})\)/g;
const BRANCH = /\b([A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|and|of|on|for))*\s+Branch)\b(?:\s*\(([A-Z]{2,})\))?/g;

function splitAbbreviation(name: string): {
  name: string;
  abbreviation?: string;
} {
  const dash = /^(.+?)\s+[–—-]\s+([A-Z][A-Za-z.]*[A-Z])$/.exec(name);
  if (dash !== null) return { name: dash[1] ?? name, abbreviation: dash[2] ?? '' };
  const paren = /^(.+?)\s*\(([A-Z][A-Za-z.]*[A-Z])\)$/.exec(name);
  if (paren !== null) return { name: paren[1] ?? name, abbreviation: paren[2] ?? '' };
  return { name };
}

/**
 * The programme name before "(GLOxNN)": the whole text for a list entry (a line that is just the name
 * and its code), else the words from the last "Global" on ("Under the UNODC Global Programme on …").
 */
function nameBefore(before: string, listEntry: boolean): string | null {
  const t = before.trim();
  if (listEntry) return t;
  const last = [...t.matchAll(/\bGlobal\b/g)].at(-1);
  return last === undefined ? null : t.slice(last.index);
}

export function parseUnodcUnits(file: string, lines: readonly SourceLine[]): UnodcUnitRecord[] {
  const out: UnodcUnitRecord[] = [];
  const byName = new Map<string, UnodcUnitRecord>();
  const add = (u: UnodcUnitRecord) => {
    const key = u.code ?? u.name.toLowerCase();
    const seen = byName.get(key);
    if (seen === undefined) {
      byName.set(key, u);
      out.push(u);
    } else if (seen.abbreviation === undefined && u.abbreviation !== undefined) {
      // The line introducing the acronym is the better source ("… Branch (OCB) is in charge of …").
      seen.abbreviation = u.abbreviation;
      seen.source = u.source;
    }
  };

  for (const l of lines) {
    const text = plainText(l.text);
    const h = heading(l.text);
    if (h !== null && /\bGlobal Programme$/.test(h.title)) {
      add({
        name: h.title,
        code: null,
        parent: null,
        source: src(file, l.line),
      });
      continue;
    }
    for (const m of text.matchAll(BRANCH)) {
      const [, name = '', abbreviation] = m;
      add({
        name,
        code: null,
        parent: null,
        ...(abbreviation === undefined ? {} : { abbreviation }),
        source: src(file, l.line),
      });
    }
    let from = 0;
    for (const m of text.matchAll(CODE)) {
      const code = m[1] ?? '';
      const listEntry = from === 0 && text.slice(m.index + m[0].length).trim() === '';
      const raw = nameBefore(text.slice(from, m.index), listEntry);
      from = m.index + m[0].length;
      if (raw === null || raw === '') continue;
      add({
        ...splitAbbreviation(raw),
        code,
        parent: null,
        source: src(file, l.line),
      });
    }
  }
  return out;
}
