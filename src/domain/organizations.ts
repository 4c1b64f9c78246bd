// Entity resolution of organization mentions ("the Government of Mexico", "UNODC Firearms
// Trafficking Section", "Global Initiative Against Transnational Organized Crime") to one stable node each.
// Order: curated alias file (exact) → States (ISO 3166) → alias file with typos → State with typos →
// an unknown organization with a guessed kind, flagged known=false for curators.

import type { OrganizationKind } from './kinds.js';
import {
  CatalogueError,
  DEFAULT_ORGANIZATIONS_FILE,
  loadCatalogue,
  type CatalogueEntry,
} from './organization-catalogue.js';
import { fuzzyFind, type FuzzyCandidate } from './fuzzy.js';
import {
  cleanSurface,
  compactKey,
  foldText,
  slugify,
  splitAcronymSuffix,
  stripLeadingThe,
  wordTokens,
} from './normalize.js';
import { createStateRecogniser, type StateMatch, type StateRecogniser } from './states.js';

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
  /**
   * Like resolve, but reads an unsplit list of States ("the Governments of Italy, the Netherlands,
   * Nigeria and Spain") as one organization per State; any other text gives [resolve(text)].
   */
  resolveList(text: string): ResolvedOrganization[];
  /** Every entry of the alias file, parents included, for writing the PART_OF hierarchy. */
  catalogue(): ResolvedOrganization[];
  /** The organization a key names: an alias-file entry ("org:…") or a State ("state:ISO3"); null otherwise. */
  byKey(key: string): ResolvedOrganization | null;
}

const UNODC_NAME = 'United Nations Office on Drugs and Crime';
const UNODC_PREFIX =
  /^(?:the\s+)?(?:UNODC(?:'s)?|United Nations Office on Drugs and Crime(?:'s)?)\s*(?:[-:,]\s*)?(?=\S)/i;
const OF_BRANCH = /^(.+?)\s+of\s+(?:the\s+)?((?:UNODC\s+)?[\w ,'-]+?\bBranch)(?:\s*\([A-Z]+\))?$/i;

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

/** Kind of an organization nobody curated yet, from words in its name. Order matters. */
export function guessKind(name: string): OrganizationKind {
  if (/^(?:the\s+)?UNODC\b/i.test(name)) return 'UN';
  if (/^(?:the\s+)?(?:United Nations|UN)\b/i.test(name) && !/\bAssociation\b/i.test(name)) return 'UN';
  if (
    /\b(?:Universit(?:y|ies|é|e|at|ät|à|a|ad|idad)|Institut[eo]?|Academy|College|School|Observatory|Research Cent(?:re|er))\b/iu.test(
      name,
    )
  ) {
    return 'ACADEMIC';
  }
  if (
    /\b(?:Foundation|Fundaci[oó]n|Fondation|Association|Asociaci[oó]n|Network|Coalition|Federation|Society|International|Alliance|NGO|Verein|Trust|Charity)\b/iu.test(
      name,
    )
  ) {
    return 'NGO';
  }
  return 'OTHER';
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

  const isUnodcUnit = (entry: CatalogueEntry): boolean => {
    for (
      let key: string | null = entry.key;
      key !== null;
      key = parentKeys.get(byKey.get(key) as CatalogueEntry) ?? null
    ) {
      if (key === unodc.key) return true;
      if (!byKey.has(key)) return false;
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

  /** Exact lookup, reading "UNODC X" as X for UNODC units. */
  const exact = (text: string): CatalogueEntry | null => {
    const direct = byForm.get(compactKey(text));
    if (direct !== undefined) return direct;
    const withoutPrefix = text.replace(UNODC_PREFIX, '');
    if (withoutPrefix === text) return null;
    const unit = byForm.get(compactKey(withoutPrefix));
    return unit !== undefined && isUnodcUnit(unit) ? unit : null;
  };

  /** Exact lookup of the text, of its name without "(ACRONYM)", and of "X" in "X of the Y Branch". */
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
    const branch = OF_BRANCH.exec(name);
    if (branch?.[1] !== undefined) {
      const head = branch[1].replace(/^the\s+/i, '');
      const unit = exact(head.startsWith('UNODC') ? head : `UNODC ${head}`);
      if (unit !== null && isUnodcUnit(unit)) return unit;
    }
    return null;
  };

  const fuzzy = (text: string): CatalogueEntry | null => {
    const { name } = splitAcronymSuffix(text.replace(UNODC_PREFIX, ''));
    if (compactKey(name).length < 15) return null; // short names: typos and real names look alike
    const hit = fuzzyFind(wordTokens(name), fuzzyCandidates, (a, b) => a === b);
    // "UNODC X" may only match a UNODC unit.
    if (hit !== null && name !== text && UNODC_PREFIX.test(text) && !isUnodcUnit(hit)) return null;
    return hit;
  };

  const unknown = (surface: string): ResolvedOrganization => {
    const bare = stripLeadingThe(surface);
    const isUnodc = UNODC_PREFIX.test(bare);
    let { name, acronym } = splitAcronymSuffix(isUnodc ? bare.replace(UNODC_PREFIX, '') : bare);
    let parentKey: string | null = isUnodc ? unodc.key : null;
    // "UNODC X Section of the Y Branch": X is part of the branch when the branch is known.
    const branch = OF_BRANCH.exec(name);
    if (branch?.[1] !== undefined && branch[2] !== undefined) {
      const parent = exact(branch[2].startsWith('UNODC') ? branch[2] : `UNODC ${branch[2]}`);
      if (parent !== null && isUnodcUnit(parent)) {
        name = branch[1];
        parentKey = parent.key;
      }
    }
    if (slugify(name) === '') ({ name, acronym } = { name: bare, acronym: null });
    return {
      key: `org:${slugify(name)}`,
      name,
      kind: isUnodc || parentKey !== null ? 'UN' : guessKind(name),
      iso3: null,
      acronym,
      aliases: surface === name ? [] : [surface],
      parentKey,
      code: null,
      known: false,
    };
  };

  const cache = new Map<string, ResolvedOrganization>();
  const resolve = (text: string): ResolvedOrganization => {
    const surface = cleanSurface(text);
    if (compactKey(surface) === '')
      throw new Error(`cannot resolve an empty organization name: ${JSON.stringify(text)}`);
    const cached = cache.get(surface);
    if (cached !== undefined) return cached;
    const folded = foldText(surface);
    const entry = known(surface) ?? known(folded);
    const state = entry === null ? states.recognise(surface) : null;
    const typo = entry === null && state === null ? fuzzy(folded) : null;
    const stateTypo = entry === null && state === null && typo === null ? states.fuzzy(surface) : null;
    const result =
      entry !== null
        ? toResolved(entry)
        : state !== null
          ? stateOrganization(state)
          : typo !== null
            ? toResolved(typo)
            : stateTypo !== null
              ? stateOrganization(stateTypo)
              : unknown(surface);
    cache.set(surface, result);
    return result;
  };

  /** States in "A, B and C" (names that contain "and", like "Trinidad and Tobago", stay whole). */
  const stateList = (text: string): StateMatch[] | null => {
    const parts: StateMatch[] = [];
    for (const part of text.split(/\s*,\s*(?:and\s+)?/)) {
      const whole = states.byName(part);
      if (whole !== null) {
        parts.push(whole);
        continue;
      }
      const split = splitOnAnd(part);
      if (split === null) return null;
      parts.push(...split);
    }
    return parts;
  };
  const splitOnAnd = (text: string): StateMatch[] | null => {
    const whole = states.byName(text);
    if (whole !== null) return [whole];
    const words = text.split(/\s+/);
    for (let i = 1; i < words.length - 1; i += 1) {
      if (words[i]?.toLowerCase() !== 'and') continue;
      const left = states.byName(words.slice(0, i).join(' '));
      const right = left === null ? null : splitOnAnd(words.slice(i + 1).join(' '));
      if (left !== null && right !== null) return [left, ...right];
    }
    return null;
  };

  return {
    resolve,
    resolveList(text) {
      const single = resolve(text);
      if (single.known) return [single];
      const surface = foldText(cleanSurface(text));
      const list = /^(?:the\s+)?governments?\s+of\s+(.+)$/i.exec(surface)?.[1] ?? surface;
      const found = /,|\band\b/i.test(list) ? stateList(list) : null;
      return found === null ? [single] : found.map(stateOrganization);
    },
    catalogue: () => entries.map(toResolved),
    byKey(key) {
      const entry = byKey.get(key);
      if (entry !== undefined) return toResolved(entry);
      const state = key.startsWith('state:') ? states.byIso3(key.slice('state:'.length)) : null;
      return state === null ? null : stateOrganization(state);
    },
  };
}
