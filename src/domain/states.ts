// Recognition of States in organizer texts ("the Government of Mexico", "UK", "Bolivia
// (Plurinational State of)", "Government of the United Arab Emirates, Ministry of Interior").
// Names and ISO 3166-1 codes come from i18n-iso-countries; this module only adds the UN-style
// names the Conference uses and the ways programmes wrap a State name.

import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Country } from 'world-countries';
import { cleanSurface, compactKey, foldText, stripLeadingThe, wordTokens } from './normalize.js';
import { fuzzyFind, type FuzzyCandidate } from './fuzzy.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
// Demonyms ("Swiss", "Austrian") come from world-countries (mledoze/countries, maintained, ODbL data):
// i18n-iso-countries has names only. Loaded through require: its ESM entry imports JSON without an attribute.
const worldCountries = require('world-countries') as Country[];

export interface StateMatch {
  iso3: string;
  /** Canonical (UN-style) short name. */
  name: string;
  /** Every English name known for the State. */
  names: string[];
}

/**
 * Canonical names where the UN (UNTERM short names, as in COP documents) differs from the package.
 * Deliberate exceptions: "United Kingdom" (not "...of Great Britain and Northern Ireland") and
 * "Netherlands" (not "Netherlands (Kingdom of the)", adopted by the UN in 2023) because that is
 * how programmes and researchers write them.
 */
const UN_NAMES: Record<string, string> = {
  BOL: 'Bolivia (Plurinational State of)',
  VEN: 'Venezuela (Bolivarian Republic of)',
  IRN: 'Iran (Islamic Republic of)',
  FSM: 'Micronesia (Federated States of)',
  KOR: 'Republic of Korea',
  PRK: "Democratic People's Republic of Korea",
  MDA: 'Republic of Moldova',
  TZA: 'United Republic of Tanzania',
  GBR: 'United Kingdom',
  USA: 'United States of America',
  CIV: "Côte d'Ivoire",
  CZE: 'Czechia',
  CPV: 'Cabo Verde',
  VNM: 'Viet Nam',
  CHN: 'China',
  COG: 'Congo',
  COD: 'Democratic Republic of the Congo',
  GMB: 'Gambia',
  NLD: 'Netherlands',
  MKD: 'North Macedonia',
  TUR: 'Türkiye',
  VAT: 'Holy See', // observer State: kept as a State (it signs treaties, speaks at the COP)
  PSE: 'State of Palestine', // observer State
  LAO: "Lao People's Democratic Republic",
  SYR: 'Syrian Arab Republic',
  RUS: 'Russian Federation',
  BRN: 'Brunei Darussalam',
  SWZ: 'Eswatini',
  // Kosovo: not an ISO-assigned code (XK/XKK is the user-assigned code the package and the EU use);
  // UN documents refer to it "in the context of Security Council resolution 1244 (1999)".
  XKK: 'Kosovo',
};

/** Observer States: they have names and adjectives too (world-countries flags UN Member States only). */
const OBSERVER_STATES_ISO3 = ['VAT', 'PSE'];

/** Names the package lacks: UN forms, former names still found in older programmes, short forms. */
const EXTRA_NAMES: Record<string, string[]> = {
  BOL: ['Plurinational State of Bolivia'],
  VEN: ['Bolivarian Republic of Venezuela'],
  IRN: ['Iran, Islamic Republic of'],
  FSM: ['Micronesia', 'Federated States of Micronesia'],
  PRK: ['DPRK', "Korea (Democratic People's Republic of)", "Korea, Democratic People's Republic of"],
  KOR: ['Korea (Republic of)'],
  MDA: ['Moldova'],
  TZA: ['Tanzania (United Republic of)', 'Tanzania, United Republic of'],
  GBR: ['United Kingdom of Great Britain and Northern Ireland', 'Britain'],
  CZE: ['Czechia'],
  CPV: ['Cabo Verde'],
  VNM: ['Viet Nam'],
  COD: ['DR Congo', 'DRC', 'Congo (Democratic Republic of the)', 'Congo, Democratic Republic of the'],
  COG: ['Congo (Republic of the)', 'Congo, Republic of the', 'Congo-Brazzaville'],
  MKD: ['The former Yugoslav Republic of Macedonia', 'former Yugoslav Republic of Macedonia'],
  SWZ: ['Swaziland'],
  VAT: ['Holy See', 'Vatican', 'Vatican City'],
  NLD: ['Kingdom of the Netherlands', 'Netherlands (Kingdom of the)'],
  STP: ['São Tomé and Príncipe'],
  LAO: ['Lao PDR', 'Laos'],
  SYR: ['Syria'],
  BRN: ['Brunei'],
  SVK: ['Slovak Republic'],
  KGZ: ['Kyrgyz Republic'],
  TLS: ['East Timor'],
  BHS: ['Bahamas (the)'],
};

/**
 * Official English names of UN Member and observer States (world-countries' `name.official`): "Swiss Confederation",
 * "Commonwealth of Australia", "Hellenic Republic", "Argentine Republic" are written for the State too (session 13).
 * Names with a comma ("Nation of Brunei, Abode of Peace") are left out: a comma separates names in a list.
 */
const OFFICIAL_NAMES = new Map(
  worldCountries
    .filter((c) => (c.unMember || OBSERVER_STATES_ISO3.includes(c.cca3)) && !c.name.official.includes(','))
    .map((c) => [c.cca3, [c.name.official]] as const),
);

/** "Congo" alone is the Republic of the Congo in UN usage (the package lists it for both). */
const PREFERRED: Record<string, string> = { congo: 'COG' };

/**
 * Adjectives the UN uses for a State where they differ from its English demonym ("a Filipino" but "the
 * Philippine Mission"), or where the demonym is two words and the adjective one ("Saudi Arabian" / "the
 * Saudi Government").
 */
const UN_ADJECTIVES: Record<string, string[]> = {
  PHL: ['Philippine'],
  SAU: ['Saudi'],
  LAO: ['Lao'],
};

/** Observer States have adjectives too (world-countries flags UN Member States only). */
const OBSERVER_STATES = new Set(OBSERVER_STATES_ISO3);

/** Formal prefixes that may precede a State's short name ("Republic of Peru", "Kingdom of Spain"). */
const FORMAL_PREFIX =
  /^(?:(?:federal|democratic|socialist|islamic|people'?s|arab|hashemite|oriental|bolivarian|plurinational|united|co-?operative|independent)\s+)*(?:republic|kingdom|state|states|principality|grand duchy|sultanate|commonwealth|federation|emirate)\s+of\s+(?:the\s+)?/i;

/**
 * Words that make the text after "X," a government department of State X ("Government of the United Arab
 * Emirates, Ministry of Interior"). Police forces, prosecution services and national agencies are not
 * listed: they are organizations of their own and go to curators.
 */
const GOVERNMENT_WORDS =
  /\b(?:ministry|ministries|minister|ministerio|ministere|department|government|presidency|embassy|permanent mission|mission|delegation|home office|foreign office)\b/i;

/**
 * Heads of "<body> of X" that stand for the State itself; narrower, since "National Commission of X" is its own body.
 * A department is a ministry ("Department of Human Settlements of South Africa", session 8).
 */
const MINISTRY_HEAD =
  /^(?:the\s+)?(?:federal\s+)?(?:(?:interior|foreign|justice|finance|defen[cs]e|health|home)\s+ministry\b|(?:ministry|ministries|department|government|embassy|permanent mission|delegation|presidency)\b)/i;

/** The UN's duty stations, where missions to the UN sit ("… to the United Nations in Geneva"), as a pattern. */
export const UN_DUTY_STATIONS = String.raw`Vienna|Geneva|New\s+York|Nairobi`;

const MISSPELT_GOVERNMENT = /^(?:Goverment|Govenment|Governement|Governmment|Govermnent)(?=s?\s+of\s)/iu;

// "Government(s) of X", "Permanent Mission of X to the United Nations (Vienna)", "Embassy of X in Austria".
const WRAPPED_BODY = new RegExp(
  String.raw`^(?:governments?|(?:permanent\s+)?(?:observer\s+)?missions?(?:\s+to\s+the\s+(?:united\s+nations|un)(?:\s+in\s+(?:${UN_DUTY_STATIONS}))?)?|embass(?:y|ies)|delegations?|republic)\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:to|in|at)\s+(?:the\s+)?(?:united nations|un|international organizations|austria|${UN_DUTY_STATIONS})\b.*)?$`,
  'i',
);
// "… Finland, Norway, and Sweden in Vienna": the city after the last State of a list.
const STATE_IN_DUTY_STATION = new RegExp(String.raw`^(.+?)\s+in\s+(?:${UN_DUTY_STATIONS})$`, 'i');

export interface StateRecogniser {
  /** The State a text names, or a government body stands for, or null. No typo tolerance. */
  recognise(text: string): StateMatch | null;
  /** Typo-tolerant lookup of a bare State name ("Phillipines"); for use after every exact lookup failed. */
  fuzzy(text: string): StateMatch | null;
  /** Lookup by exact State name only (no unwrapping of government bodies). */
  byName(name: string): StateMatch | null;
  /** Lookup by ISO alpha-3. */
  byIso3(iso3: string): StateMatch | null;
}

interface StateTable {
  /** compactKey of every name → ISO alpha-3. */
  byKey: Map<string, string>;
  states: Map<string, StateMatch>;
}

/** The one State list of the project: ISO 3166-1 (i18n-iso-countries) plus the UN names above. Built once. */
let table: StateTable | null = null;
function stateTable(): StateTable {
  if (table !== null) return table;
  const byKey = new Map<string, string>();
  const states = new Map<string, StateMatch>();
  const all = countries.getNames('en', { select: 'all' });
  for (const [alpha2, packageNames] of Object.entries(all)) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (iso3 === undefined) continue;
    const names = [
      ...new Set([UN_NAMES[iso3], ...packageNames, ...(EXTRA_NAMES[iso3] ?? []), ...(OFFICIAL_NAMES.get(iso3) ?? [])]),
    ].filter((n): n is string => n !== undefined);
    const name = UN_NAMES[iso3] ?? packageNames[0] ?? iso3;
    states.set(iso3, { iso3, name, names });
    for (const n of names) {
      const key = compactKey(n);
      const existing = byKey.get(key);
      // Ambiguous names (only "Congo") go to the preferred State, never to the last one read.
      byKey.set(key, PREFERRED[key] ?? existing ?? iso3);
    }
  }
  table = { byKey, states };
  return table;
}

/**
 * Every English name of every State ("Viet Nam", "Korea, Republic of", "Bolivia (Plurinational State of)"),
 * longest first. The organizer grammar reads list boundaries with it; the recogniser below resolves with it.
 */
export function stateNames(): string[] {
  const names = [...stateTable().states.values()].flatMap((s) => s.names);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/**
 * Adjective → ISO alpha-3 for UN Member and observer States: the English demonyms of world-countries
 * ("German", "Swiss", "Lithuanian") plus UN_ADJECTIVES. An adjective two States share ("Congolese",
 * "Dominican", "Guinean") names neither and is left out. Built once.
 */
let adjectives: Map<string, string> | null = null;
function adjectiveTable(): Map<string, string> {
  if (adjectives !== null) return adjectives;
  const owners = new Map<string, Set<string>>();
  const note = (adjective: string, iso3: string) => {
    const a = adjective.trim();
    if (a === '') return;
    owners.set(a, (owners.get(a) ?? new Set()).add(iso3));
  };
  for (const c of worldCountries) {
    if (!c.unMember && !OBSERVER_STATES.has(c.cca3)) continue;
    const eng = c.demonyms?.eng;
    for (const d of [eng?.m, eng?.f]) for (const a of (d ?? '').split(',')) note(a, c.cca3);
  }
  for (const [iso3, list] of Object.entries(UN_ADJECTIVES)) for (const a of list) note(a, iso3);
  adjectives = new Map([...owners].filter(([, isos]) => isos.size === 1).map(([a, isos]) => [a, [...isos][0]!]));
  return adjectives;
}

/** Every unambiguous State adjective ("Austrian", "Philippine"), longest first; the organizer grammar splits lists with it. */
export function stateAdjectives(): string[] {
  return [...adjectiveTable().keys()].sort((a, b) => b.length - a.length);
}

/**
 * Government bodies that stand for their State when a State adjective qualifies them: "the Austrian
 * Chairmanship (of the Council of Europe)", "the Swiss OSCE Chairmanship", "the Philippine Permanent Mission
 * to the United Nations", "the Lithuanian Embassy in Ukraine". Agencies, foundations and police forces are not
 * listed ("the Swiss Agency for Development and Cooperation", "the Thai Mae Fah Luang Foundation" are organizations).
 * A programme may drop the "to the" of the address: "Ukrainian Mission United Nations" (round 10).
 * "the British Home Secretary", "the French Interior Minister": the minister acts for the State (round 21).
 */
const ADJECTIVE_BODY =
  /^(?:(?:\d{4}|OSCE|EU|G7|G20|UN|CoE|Council\s+of\s+Europe)\s+){0,3}(?:Permanent\s+Missions?|Observer\s+Missions?|Missions?|Embass(?:y|ies)|Delegations?|(?:Federal\s+)?Governments?|Chairmanship|Chairpersonship|Presidency|(?:Foreign\s+)?Ministry|Ministries|(?:Home|Foreign|Interior)\s+(?:Secretary|Office|Minister)|Consulate(?:\s+General)?|Secretar(?:y|iat)(?=\s+(?:of|for)\s)|(?:Federal\s+)?Department(?=\s+(?:of|for)\s))(?:$|\s+(?:to|in|at|of|for|on)\s|\s*\(|\s+(?:United\s+Nations|UN)$)/i;

export function createStateRecogniser(): StateRecogniser {
  const { byKey, states } = stateTable();
  const fuzzyCandidates: FuzzyCandidate<string>[] = [];
  for (const state of states.values()) {
    for (const n of state.names) {
      // Two-letter codes ("UK", "US") are too short for typos; everything else is a fuzzy target.
      if (compactKey(n).length > 3) fuzzyCandidates.push({ tokens: wordTokens(n), value: state.iso3 });
    }
  }

  const exact = (text: string): StateMatch | null => {
    const iso3 = byKey.get(compactKey(text));
    return iso3 === undefined ? null : (states.get(iso3) ?? null);
  };

  /** Exact name, then without a formal prefix, then UN parenthetical forms. */
  const direct = (raw: string): StateMatch | null => {
    const text = stripLeadingThe(raw.trim());
    if (text.length === 0) return null;
    const hit = exact(text);
    if (hit !== null) return hit;
    const withoutFormal = text.replace(FORMAL_PREFIX, '');
    if (withoutFormal !== text) {
      const formal = exact(withoutFormal);
      if (formal !== null) return formal;
    }
    // "Congo (Democratic Republic of the)" → "Democratic Republic of the Congo"; "Mexico (SRE)" → "Mexico".
    const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
    if (paren !== null) {
      const [, head = '', inner = ''] = paren;
      return exact(`${inner} ${head}`) ?? exact(head);
    }
    return null;
  };

  /** Government bodies that stand for their State ("Government of X", "X, Ministry of Interior"). */
  const unwrap = (raw: string): StateMatch | null => {
    // "the Goverment of Gabon": the head word of a government misspelt as programmes misspell it (post-test, session 12).
    const text = stripLeadingThe(raw.trim()).replace(MISSPELT_GOVERNMENT, 'Government');
    // "Government(s) of X", "Permanent Mission of X to the United Nations (Vienna)", "Embassy of X in Austria",
    // "the Permanent Observer Mission of the Holy See to the United Nations".
    const wrapped = WRAPPED_BODY.exec(text);
    if (wrapped?.[1] !== undefined) {
      const inner = direct(wrapped[1]) ?? splitHead(wrapped[1]);
      if (inner !== null) return inner;
    }
    return splitHead(text) ?? ministryOf(text) ?? statePrefix(text) ?? adjectival(text) ?? toOrganization(text);
  };

  /** "X, Ministry of Interior" / "X – National Police" / "X (Ministry of Justice)". */
  const splitHead = (text: string): StateMatch | null => {
    // "the Italian Government – Ministry of Foreign Affairs …": an en or em dash too, and a State's adjective before
    // "Government" names the State as its name does (round 19).
    const match = /^(.+?)\s*(?:,|\s[-–—]\s|:|\()\s*(.+)$/u.exec(text);
    if (match === null) return null;
    const [, head = '', tail = ''] = match;
    if (!GOVERNMENT_WORDS.test(tail)) return null;
    return direct(head) ?? (/^\p{Lu}[\p{L}\s-]*\sGovernment$/u.test(head) ? adjectival(head) : null);
  };

  /** "Ministry of Foreign Affairs of the Republic of Korea": the longest tail after " of " that is a State. */
  const ministryOf = (text: string): StateMatch | null => {
    if (!MINISTRY_HEAD.test(text)) return null;
    const parts = text.split(/\s+of\s+/i);
    for (let i = 1; i < parts.length; i += 1) {
      const tail = parts.slice(i).join(' of ');
      // "Department of Sustainable Development of the Romanian Government": the State's adjective before
      // "Government" names it as well as its name does (session 9).
      const hit = direct(tail) ?? (/^(?:the\s+)?\p{Lu}[\p{L}\s-]*\sGovernment$/u.test(tail) ? adjectival(tail) : null);
      if (hit !== null) return hit;
    }
    return null;
  };

  /** "United States Department of Justice", "Italy Ministry of Interior": a State name then a body. */
  const statePrefix = (text: string): StateMatch | null => {
    const words = text.split(/\s+/);
    for (let n = Math.min(words.length - 1, 6); n >= 1; n -= 1) {
      const rest = words.slice(n).join(' ');
      // "Pakistan Mission to the United Nations", "Norway MFA", "UK government"; "the UK Home Secretary", "UK Home
      // Office": the minister or ministry of home, foreign or interior affairs acts for the State (round 21).
      if (
        !/^(?:federal\s+)?(?:ministry|department|government|embassy|(?:permanent\s+)?mission|MFA|delegation|(?:home|foreign|interior)\s+(?:secretary|office|minister))\b/i.test(
          rest,
        )
      )
        continue;
      const hit = direct(words.slice(0, n).join(' '));
      if (hit !== null) return hit;
    }
    return null;
  };

  /** "the Austrian Chairmanship of the Council of Europe", "the German and …" is split by the grammar first. */
  const adjectival = (raw: string): StateMatch | null => {
    // "the 2021 Swedish OSCE Chairpersonship": a year may come first; "the Royal Thai Government": a royal title.
    const text = stripLeadingThe(raw.trim())
      .replace(/^\d{4}\s+/, '')
      .replace(/^Royal\s+(?=\p{Lu})/u, '');
    const words = text.split(/\s+/);
    // Adjectives have one to three words ("Swiss", "South African", "Papua New Guinean"); they are capitalised.
    for (const n of [3, 2, 1]) {
      if (words.length <= n || !/^\p{Lu}/u.test(text)) continue;
      const iso3 = adjectiveTable().get(words.slice(0, n).join(' '));
      if (iso3 !== undefined && ADJECTIVE_BODY.test(words.slice(n).join(' '))) return states.get(iso3) ?? null;
    }
    return null;
  };

  /** "Permanent Mission of X to the OSCE", "the United Kingdom to the OSCE" (the tail of a plural list). */
  const toOrganization = (raw: string): StateMatch | null => {
    // "The Permanent Missions of Finland, Norway, and Sweden in Vienna": the city after the last State of a list.
    const city = STATE_IN_DUTY_STATION.exec(stripLeadingThe(raw.trim()));
    if (city?.[1] !== undefined) {
      const hit = direct(city[1]);
      if (hit !== null) return hit;
    }
    const m =
      /^(.+?)\s+(?:to|at)\s+the\s+(?:United\s+Nations|UN|OSCE|European\s+Union|EU|International\s+Organi[sz]ations|Council\s+of\s+Europe)\b.*$/i.exec(
        stripLeadingThe(raw.trim()),
      );
    return m?.[1] === undefined ? null : direct(m[1]);
  };

  const fuzzy = (text: string): StateMatch | null => {
    const tokens = wordTokens(text);
    if (tokens.join('').length < 5) return null;
    const iso3 = fuzzyFind(tokens, fuzzyCandidates, (a, b) => a === b);
    return iso3 === null ? null : (states.get(iso3) ?? null);
  };

  return {
    recognise: (text) => {
      const folded = foldText(cleanSurface(text)).replace(/^(?:the\s+)?St\.?\s+(?=[A-Z])/, 'Saint ');
      return direct(folded) ?? unwrap(folded);
    },
    fuzzy: (text) => fuzzy(stripLeadingThe(foldText(cleanSurface(text)))),
    byName: (name) => direct(name),
    byIso3: (iso3) => states.get(iso3.toUpperCase()) ?? null,
  };
}
