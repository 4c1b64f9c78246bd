// Entity resolution of organization mentions ("the Government of Mexico", "UNODC Firearms
// Trafficking Section", "Global Initiative Against Transnational Organized Crime") to one stable node each.
// Order: curated alias file (exact, a unit written either way under its parent) → States (ISO 3166) →
// alias file with typos → State with typos → an unknown organization, flagged known=false for curators,
// whose kind is its parent's (a unit of a catalogue parent) or follows the name patterns of
// organization-kinds.ts.
//
// Units are written either way, for any parent of the catalogue (an entry other entries name as parent):
// "UNODC X", "UNODC's X", "UNODC, X", "UNODC (UNODC) X", "X of UNODC", "X of the UNODC", "X (UNODC)",
// "X, UNODC", "X – UNODC"; parents nest ("United Nations Office on Drugs and Crime, Research and Trend
// Analysis Branch, Programme Development and Management Unit" is that unit).

import type { OrganizationKind } from './kinds.js';
import { kindFromName } from './organization-kinds.js';
import {
  CatalogueError,
  DEFAULT_ORGANIZATIONS_FILE,
  loadCatalogue,
  type CatalogueEntry,
} from './organization-catalogue.js';
import { fuzzyFind, type FuzzyCandidate } from './fuzzy.js';
import { boundedMemo } from './memo.js';
import {
  cleanSurface,
  compactKey,
  foldText,
  initialsOf,
  slugify,
  splitAcronymSuffix,
  stripLeadingThe,
  wordTokens,
} from './normalize.js';
import { createStateRecogniser, stateAdjectives, type StateMatch, type StateRecogniser } from './states.js';

export interface ResolvedOrganization {
  /** "state:MEX" for States, "org:<slug of canonical name>" otherwise; stable across runs. */
  key: string;
  name: string;
  kind: OrganizationKind;
  /** ISO 3166-1 alpha-3 for States. */
  iso3: string | null;
  acronym: string | null;
  aliases: string[];
  /** Key of the parent organization (an "org:" key, or a "state:" key for national bodies). */
  parentKey: string | null;
  /** UNODC global programme code ("GLOT60") when the alias file gives one. */
  code: string | null;
  /** False when the name is in neither the alias file nor ISO 3166: listed for curators. */
  known: boolean;
}

export interface OrganizationResolver {
  resolve(text: string): ResolvedOrganization;
  /** Every entry of the alias file, parents included, for writing the PART_OF hierarchy. */
  catalogue(): ResolvedOrganization[];
  /** The organization a key names: an alias-file entry ("org:…") or a State ("state:ISO3"); null otherwise. */
  byKey(key: string): ResolvedOrganization | null;
}

/** How many resolved names the resolver remembers (a corpus has a few thousand distinct surfaces). */
const RESOLVER_CACHE_SIZE = 20_000;

const UNODC_NAME = 'United Nations Office on Drugs and Crime';

function stateOrganization(state: StateMatch): ResolvedOrganization {
  return {
    key: `state:${state.iso3}`,
    name: state.name,
    kind: 'STATE',
    iso3: state.iso3,
    acronym: null,
    aliases: state.names.filter((n) => n !== state.name),
    parentKey: null,
    code: null,
    known: true,
  };
}

/** Kind of an organization nobody curated yet, from words in its name (the rules of organization-kinds.ts). */
export function guessKind(name: string): OrganizationKind {
  return kindFromName(name);
}

export function createOrganizationResolver(aliasFile: string = DEFAULT_ORGANIZATIONS_FILE): OrganizationResolver {
  const states: StateRecogniser = createStateRecogniser();
  const entries = loadCatalogue(aliasFile);
  const fail = (entry: CatalogueEntry, reason: string): never => {
    throw new CatalogueError(aliasFile, entry.line, entry.name, reason);
  };

  // Alias index: every form of every entry; a form shared by two entries is an error, as is a form that is a State name.
  const byForm = new Map<string, CatalogueEntry>();
  const fuzzyCandidates: FuzzyCandidate<CatalogueEntry>[] = [];
  for (const entry of entries) {
    const forms = [entry.name, ...entry.aliases, ...(entry.acronym === null ? [] : [entry.acronym])];
    for (const form of forms) {
      const key = compactKey(form);
      if (key === '') fail(entry, `alias "${form}" has no letters or digits`);
      const other = byForm.get(key);
      if (other !== undefined && other !== entry) {
        fail(entry, `alias "${form}" is also a name or alias of entry "${other.name}" (line ${other.line})`);
      }
      const state = states.byName(form);
      if (state !== null) fail(entry, `alias "${form}" is the State ${state.name}: States are not listed in this file`);
      byForm.set(key, entry);
      if (form !== entry.acronym) fuzzyCandidates.push({ tokens: wordTokens(form), value: entry });
    }
  }

  // Parents: another entry, or a State (national bodies). No cycles.
  const byName = new Map(entries.map((entry) => [compactKey(entry.name), entry]));
  const parentKeys = new Map<CatalogueEntry, string | null>();
  for (const entry of entries) {
    if (entry.parent === null) {
      parentKeys.set(entry, null);
      continue;
    }
    const parentEntry = byName.get(compactKey(entry.parent));
    const parentState = parentEntry === undefined ? states.byName(entry.parent) : null;
    if (parentEntry === undefined && parentState === null) {
      fail(entry, `parent "${entry.parent}" is neither the canonical name of an entry nor a State`);
    }
    parentKeys.set(entry, parentEntry?.key ?? `state:${parentState?.iso3 ?? ''}`);
  }
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  for (const entry of entries) {
    const seen = new Set<string>([entry.key]);
    for (
      let key = parentKeys.get(entry) ?? null;
      key !== null;
      key = parentKeys.get(byKey.get(key) as CatalogueEntry) ?? null
    ) {
      if (seen.has(key)) fail(entry, 'its parent chain is a cycle');
      seen.add(key);
      if (!byKey.has(key)) break; // a State
    }
  }

  const unodc = byName.get(compactKey(UNODC_NAME));
  if (unodc === undefined) throw new CatalogueError(aliasFile, null, null, `missing the entry "${UNODC_NAME}"`);

  /** Whether `entry` lies under `ancestor` in the PART_OF chains of the catalogue. */
  const isUnder = (entry: CatalogueEntry, ancestor: CatalogueEntry): boolean => {
    for (let key = parentKeys.get(entry) ?? null; key !== null;) {
      if (key === ancestor.key) return true;
      const next = byKey.get(key);
      if (next === undefined) return false; // a State
      key = parentKeys.get(next) ?? null;
    }
    return false;
  };

  const toResolved = (entry: CatalogueEntry): ResolvedOrganization => ({
    key: entry.key,
    name: entry.name,
    kind: entry.kind,
    iso3: null,
    acronym: entry.acronym,
    aliases: [...entry.aliases],
    parentKey: parentKeys.get(entry) ?? null,
    code: entry.code,
    known: true,
  });

  // Parents: entries that other entries name as parent. Their every form may introduce or follow a unit.
  const parentEntries = new Set<CatalogueEntry>();
  for (const entry of entries) {
    const key = parentKeys.get(entry);
    const parent = key === null || key === undefined ? undefined : byKey.get(key);
    if (parent !== undefined) parentEntries.add(parent);
  }
  const parentByForm = (text: string): CatalogueEntry | null => {
    const form = text.replace(/['’]s$/i, '').replace(/[\s,:;–-]+$/, '');
    const entry = byForm.get(compactKey(form));
    return entry !== undefined && parentEntries.has(entry) ? entry : null;
  };

  interface UnitSplit {
    parent: CatalogueEntry;
    /** The unit's own name, as written. */
    unit: string;
  }
  /** Every reading of `text` as a unit written with a catalogue parent, either way round. */
  const unitSplits = (text: string): UnitSplit[] => {
    const t = stripLeadingThe(text.trim());
    const splits: UnitSplit[] = [];
    const words = t.split(/\s+/);
    // "UNODC X", "UNODC's X", "UNODC, X", "United Nations Office on Drugs and Crime (UNODC) X".
    for (let i = 1; i < words.length && i <= 10; i += 1) {
      const parent = parentByForm(words.slice(0, i).join(' '));
      if (parent === null) continue;
      let rest = words.slice(i).join(' ');
      const acronym = /^\(([^()]+)\)\s*(.*)$/.exec(rest);
      if (acronym?.[1] !== undefined && acronym[2] !== undefined && parentByForm(acronym[1]) === parent)
        rest = acronym[2];
      rest = rest.replace(/^[,:;–-]\s*/, '');
      if (compactKey(rest) !== '') splits.push({ parent, unit: rest });
    }
    // "X of UNODC", "X of the UNODC", "X (UNODC)", "X, UNODC", "X – UNODC".
    for (const m of t.matchAll(/\s+of\s+(?:the\s+)?|\s*\(|\s*,\s*|\s+[–-]\s+/gi)) {
      const unit = t.slice(0, m.index);
      const parentText = t.slice(m.index + m[0].length).replace(/\)$/, '');
      if (m[0].includes('(') !== t.endsWith(')')) {
        // "the United Nations Counter-Terrorism Centre (UNCCT) of the United Nations Office of Counter-Terrorism
        // (UNOCT)": a name with its own acronym, "of", and a catalogue organization with its acronym is a unit of that
        // organization, whether or not the catalogue lists units under it (session 13).
        if (m[0].includes('(') || !/\s\([^()\s]{2,15}\)$/u.test(unit)) continue;
        const owner = byForm.get(compactKey(splitAcronymSuffix(t.slice(m.index + m[0].length)).name));
        if (owner !== undefined && compactKey(unit) !== '') splits.push({ parent: owner, unit });
        continue;
      }
      const parent = parentByForm(parentText);
      if (parent !== null && compactKey(unit) !== '') splits.push({ parent, unit });
    }
    return splits;
  };

  /** Exact lookup, reading a unit written with its parent ("UNODC X", "X of UNODC", …) as the unit. */
  const exact = (text: string, depth = 0): CatalogueEntry | null => {
    const direct = byForm.get(compactKey(text));
    if (direct !== undefined) return direct;
    if (depth > 3) return null;
    for (const { parent, unit } of unitSplits(text)) {
      const hit = exact(unit, depth + 1) ?? exact(splitAcronymSuffix(unit).name, depth + 1);
      if (hit !== null && isUnder(hit, parent)) return hit;
    }
    return null;
  };

  /** Exact lookup of the text and of its name without "(ACRONYM)". */
  const known = (text: string): CatalogueEntry | null => {
    const hit = exact(text);
    if (hit !== null) return hit;
    const { name } = splitAcronymSuffix(text);
    if (name !== text) {
      const named = exact(name);
      if (named !== null) return named;
    }
    // "Name (Acronym With Spaces)": the name decides when the parenthesis is another form of the same entry.
    const paren = /^(.+?)\s*\(([^()]+)\)?$/.exec(text);
    if (paren?.[1] !== undefined && paren[2] !== undefined) {
      const head = exact(paren[1]);
      if (head !== null && head === exact(paren[2])) return head;
    }
    return null;
  };

  // "the Thai Mae Fah Luang Foundation": a State adjective in front of a name the catalogue knows describes it.
  const ADJECTIVE_PREFIX = new RegExp(
    String.raw`^(?:the\s+)?(?:${stateAdjectives()
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})\s+(?=\p{Lu})`,
    'u',
  );

  /**
   * Forms the catalogue knows once written its way: "UN" for "United Nations" ("the UN Office on Drugs and Crime",
   * "Office of the UN High Commissioner for Human Rights"), a descriptive State adjective in front of a known name,
   * a city office after the acronym ("… (IOM)-Berne").
   * Catalogue hits only: an unknown name keeps the surface it was written with.
   */
  const knownVariant = (text: string): CatalogueEntry | null => {
    const expanded = text.replace(/\bUN\b(?=\s+\p{Lu})/gu, 'United Nations');
    if (expanded !== text) {
      const hit = known(expanded);
      if (hit !== null) return hit;
    }
    const adjective = ADJECTIVE_PREFIX.exec(text);
    if (adjective !== null) {
      const hit = known(text.slice(adjective[0].length));
      if (hit !== null) return hit;
    }
    // "The United Nations Office on Drugs and Crime (UNODC) in New York": an office of a known organization.
    const located = /^(.+?)\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.exec(text.trim());
    if (located?.[1] !== undefined) {
      const hit = known(located[1]);
      if (hit !== null) return hit;
    }
    // "International Organization for Migration (IOM)-Berne": an office of a known organization, named by its city.
    const office = /^(.*\))\s*[-–]\s*\p{Lu}\p{Ll}+$/u.exec(text.trim());
    return office?.[1] === undefined ? null : known(office[1]);
  };

  // "the Mission of the Sovereign Order of Malta to the United Nations in Geneva", "the Delegation of the EU to
  // the UN": the mission of an organization is that organization (a State's mission is the State, in states.ts).
  const MISSION_OF =
    /^(?:the\s+)?(?:Permanent\s+)?(?:Observer\s+)?(?:Mission|Delegation)\s+of\s+(?:the\s+)?(.+?)(\s+(?:to|at)\s+the\s+(?:United\s+Nations|UN|OSCE|European\s+Union|EU|International\s+Organi[sz]ations|Council\s+of\s+Europe)\b.*)?$/i;
  const missionOf = (text: string): ResolvedOrganization | null => {
    const m = MISSION_OF.exec(text.trim());
    if (m?.[1] === undefined) return null;
    const inner = m[1];
    const entry = known(inner) ?? knownVariant(inner);
    if (entry !== null) return toResolved(entry);
    // Without "to the United Nations …" the phrase may be a name of its own ("Mission of Hope"); with it, the inner name is the organization.
    return m[2] === undefined ? null : resolve(inner);
  };

  // "the European Union Delegation to the United Nations": the organization written before the noun (post-test, round 10).
  const MISSION_AFTER =
    /^(?:the\s+)?(.+?)\s+(?:Permanent\s+)?(?:Observer\s+)?(?:Mission|Delegation)\s+(?:to|at)\s+the\s+(?:United\s+Nations|UN|OSCE|International\s+Organi[sz]ations|Council\s+of\s+Europe)\b.*$/i;

  /** The organization a mission belongs to when the catalogue knows it ("Mission of the Sovereign Order of Malta"). */
  const missionOfKnown = (text: string): ResolvedOrganization | null => {
    const inner = MISSION_OF.exec(text.trim())?.[1] ?? MISSION_AFTER.exec(text.trim())?.[1];
    const entry = inner === undefined ? null : (known(inner) ?? knownVariant(inner));
    return entry === null ? null : toResolved(entry);
  };

  /**
   * "The United Nations Office on Drug and Crime (UNODC)": a name whose bracketed acronym is a catalogue acronym and
   * whose words are that entry's up to a plural "s" is that entry (post-test, round 10). The typo budget alone gives
   * four-letter words none, to keep different names apart; the acronym confirms which name was meant.
   */
  const acronymConfirmed = (text: string): CatalogueEntry | null => {
    const { name, acronym } = splitAcronymSuffix(stripLeadingThe(text));
    const hit = acronym === null ? null : known(acronym);
    if (hit === null || hit.acronym !== acronym) return null;
    const singular = (s: string) =>
      wordTokens(stripLeadingThe(s))
        .map((w) => w.replace(/s$/, ''))
        .join(' ');
    return [hit.name, ...hit.aliases].some((f) => singular(f) === singular(name)) ? hit : null;
  };

  /** The name without a leading parent ("UNODC X" → "X"), for typo matching. */
  const withoutParentPrefix = (text: string): { name: string; parent: CatalogueEntry | null } => {
    const split = unitSplits(text).find(
      (s) => text.trim().length > s.unit.length && stripLeadingThe(text).trim().endsWith(s.unit),
    );
    return split === undefined ? { name: text, parent: null } : { name: split.unit, parent: split.parent };
  };

  const fuzzy = (text: string): CatalogueEntry | null => {
    const prefixed = withoutParentPrefix(text);
    const { name } = splitAcronymSuffix(prefixed.name);
    if (compactKey(name).length < 15) return null; // short names: typos and real names look alike
    const hit = fuzzyFind(wordTokens(name), fuzzyCandidates, (a, b) => a === b);
    // "UNODC X" may only match a unit of UNODC.
    if (hit !== null && prefixed.parent !== null && !isUnder(hit, prefixed.parent)) return null;
    return hit;
  };

  // A unit's own name ends in a word that names a unit; "Friends of UNODC" is not a unit of UNODC.
  const UNIT_WORD =
    /\b(?:Section|Branch|Unit|Division|Office|Programme|Program|Team|Service|Laboratory|Project|Initiative|Network|Centre|Center|Hub|Platform|Secretariat|Directorate|Department|Partnership|Campaign|Fund|Facility|Mechanism|Forum)s?\b/i;

  // "the Drug Control Headquarters of Iran (Islamic Republic of)": the UN list form of the State's name after a
  // body adds nothing to the body's name.
  const UN_STATE_QUALIFIER =
    /\s*\((?:Islamic Republic|Plurinational State|Bolivarian Republic|Federated States|United Republic|Democratic Republic|Republic|Kingdom) of\)$/;

  const unknown = (surface: string): ResolvedOrganization => {
    const written = surface.replace(UN_STATE_QUALIFIER, '');
    // A leading "The" written with a capital is part of the name ("The Asia Foundation"); "the" is an article.
    const bare = /^The\s/.test(written) ? written : stripLeadingThe(written);
    // "UNODC X", "X of UNODC", "X (UNODC)": a unit, not yet listed, of a catalogue parent; the deepest
    // parent named wins ("UNODC X Section of the Y Branch" is X Section of the Y Branch).
    const depthOf = (e: CatalogueEntry): number => entries.filter((other) => isUnder(e, other)).length;
    const candidates = unitSplits(bare)
      .filter((s) => !stripLeadingThe(bare).startsWith(s.unit) || UNIT_WORD.test(s.unit))
      .sort((a, b) => depthOf(b.parent) - depthOf(a.parent));
    let split = candidates[0];
    // Strip the ancestors still written in front of the unit ("UNODC Widget Section" under the branch).
    for (let guard = 0; split !== undefined && guard < 3; guard += 1) {
      const chosen: UnitSplit = split;
      const inner = unitSplits(chosen.unit).find(
        (s) => (s.parent === chosen.parent || isUnder(chosen.parent, s.parent)) && chosen.unit.endsWith(s.unit),
      );
      if (inner === undefined) break;
      split = { parent: chosen.parent, unit: inner.unit };
    }
    let { name, acronym } = splitAcronymSuffix(split === undefined ? bare : split.unit.replace(/^the\s+/i, ''));
    // "Anti-Terrorist Unit (ATU) of the OSCE Secretariat": a unit's own acronym between its name and "of" its parent
    // is no part of the name; it is kept as the acronym when its letters are the unit's initials (round 20).
    const inner = acronym === null ? /^(.+?)\s+\((\p{Lu}[\p{Lu}\d]{1,9})\)\s+(of\s.+)$/u.exec(name) : null;
    if (inner !== null && initialsOf(inner[1] ?? '', { hyphenated: true }) === inner[2]) {
      ({ name, acronym } = { name: `${inner[1] ?? ''} ${inner[3] ?? ''}`, acronym: inner[2] ?? null });
    }
    const parent = split?.parent ?? null;
    if (slugify(name) === '') ({ name, acronym } = { name: bare, acronym: null });
    return {
      key: `org:${slugify(stripLeadingThe(name))}`,
      name,
      kind: parent !== null ? parent.kind : guessKind(name),
      iso3: null,
      acronym,
      aliases: surface === name ? [] : [surface],
      parentKey: parent?.key ?? null,
      code: null,
      known: false,
    };
  };

  // Memo of resolved surfaces. Bounded: the API resolves names that clients send, so an unbounded map would
  // grow with every distinct string; the oldest entry goes first (a Map keeps insertion order).
  const cache = new Map<string, ResolvedOrganization>();
  const remember = (surface: string, result: ResolvedOrganization) => {
    if (cache.size >= RESOLVER_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(surface, result);
  };
  // The same memo by the text as given, so a repeated mention skips the surface cleaning too. Safe: the result
  // depends on cleanSurface(text) only, and an empty name throws before anything is remembered.
  const byText = boundedMemo<ResolvedOrganization>(RESOLVER_CACHE_SIZE);
  const resolve = (text: string): ResolvedOrganization => byText(text, resolveSurface);
  const resolveSurface = (text: string): ResolvedOrganization => {
    const surface = cleanSurface(text);
    if (compactKey(surface) === '')
      throw new Error(`cannot resolve an empty organization name: ${JSON.stringify(text)}`);
    const cached = cache.get(surface);
    if (cached !== undefined) return cached;
    const folded = foldText(surface);
    const entry = known(surface) ?? known(folded) ?? knownVariant(surface);
    // "the Permanent Mission of the Sovereign Order of Malta": the mission of a catalogue organization is that
    // organization, before the State list reads "… of Malta" as the State (round 9, post-test).
    const catalogueMission = entry === null ? missionOfKnown(surface) : null;
    const state = entry === null && catalogueMission === null ? states.recognise(surface) : null;
    const mission = catalogueMission ?? (entry === null && state === null ? missionOf(surface) : null);
    const typo =
      entry === null && state === null && mission === null ? (acronymConfirmed(folded) ?? fuzzy(folded)) : null;
    const stateTypo =
      entry === null && state === null && mission === null && typo === null ? states.fuzzy(surface) : null;
    const result =
      entry !== null
        ? toResolved(entry)
        : state !== null
          ? stateOrganization(state)
          : mission !== null
            ? mission
            : typo !== null
              ? toResolved(typo)
              : stateTypo !== null
                ? stateOrganization(stateTypo)
                : unknown(surface);
    remember(surface, result);
    return result;
  };

  return {
    resolve,
    catalogue: () => entries.map(toResolved),
    byKey(key) {
      const entry = byKey.get(key);
      if (entry !== undefined) return toResolved(entry);
      const state = key.startsWith('state:') ? states.byIso3(key.slice('state:'.length)) : null;
      return state === null ? null : stateOrganization(state);
    },
  };
}
