// Organizer/partner link accuracy against hand labels: npm run accuracy
// Three sets, each labelled from the raw text independently of the parser:
//   1. the bundled corpus (tests/fixtures/labels/hand-labelled-organizers.json): must stay exact;
//   2. real organizer lines copied from UN programmes and side-event reports
//      (tests/fixtures/organizer-lines/real-organizer-lines.json), read by the organizer grammar alone, and
//      held-out real lines (held-out-lines.json) labelled before the grammar ran on them, and a second
//      held-out set (held-out-2.json, 60 lines) split deterministically into a dev half (may be used to
//      improve the grammar) and a test half (the generalisation figure: its errors are listed only with
//      --verbose-test, so that a developer does not tune on them by accident), a third set (held-out-3.json,
//      20 lines) measured once and then developed on, a fourth (held-out-4.json) and a fifth (held-out-5.json)
//      likewise, a sixth (held-out-6.json, 12 lines), the test set of the session-2 grammar, and a seventh
//      (held-out-7.json, 50 programme lines), an eighth (held-out-8.json, 38) and a ninth (held-out-9.json, 52)
//      split into a dev and a test half like held-out-2 (the table HELD_OUT below);
//   3. programmes the parsers were not developed on (tests/fixtures/unseen-programmes/, 2020 running-text
//      and 2024 tab-rows layouts), through the whole pipeline.
// A link is (event, role, organization key); labelled names are resolved with the same resolver, so this
// measures list splitting, roles and resolution of the parser's surface forms to the labeller's organization.
// Precision and recall are given for States and for all organizations, per connector family.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitOrganizedBy } from '../ingest/parse/organizer-list.js';
import { lineOrganizerText } from '../ingest/parse/programme-side-event.js';
import { joinLines } from '../ingest/parse/text.js';
import { BUNDLED_CORPUS, planDocuments } from '../ingest/pipeline.js';
import { createOrganizationResolver } from '../src/domain/organizations.js';

interface LabelledEvent {
  file: string;
  line: number;
  family?: string;
  organizers: { name: string }[];
  partners: { name: string }[];
}

interface RealLine {
  text: string;
  family: string;
  /** Where the line comes from (held-out-11 on): a programme row, an organizer field, or a calendar entry. */
  kind?: 'programme-row' | 'field' | 'calendar';
  leads: string[];
  partners: string[];
  /** Text after which the organizer text starts; when given it wins over an "Organized by" inside the line. */
  head?: string;
  split?: 'dev' | 'test';
  /** A line the grammar still reads wrongly, with why (held-out-2.json); its unit test asserts today's parse. */
  knownMiss?: { why: string };
}

type Link = string; // event|role|key
type Links = Map<Link, { state: boolean; family: string }>;

const resolver = createOrganizationResolver();
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function expectedLinks(events: LabelledEvent[]): Links {
  const links: Links = new Map();
  for (const e of events) {
    for (const [role, list] of [
      ['LEAD', e.organizers],
      ['PARTNER', e.partners],
    ] as const) {
      for (const o of list) {
        const org = resolver.resolve(o.name);
        links.set(`${e.file}:${e.line}|${role}|${org.key}`, {
          state: org.kind === 'STATE',
          family: e.family ?? 'all',
        });
      }
    }
  }
  return links;
}

/** Links the pipeline writes for the side and special events of the given documents. */
async function plannedLinks(
  paths: string[],
  families: Map<string, string>,
): Promise<{ links: Links; events: Map<string, number> }> {
  const links: Links = new Map();
  const events = new Map<string, number>();
  for (const doc of await planDocuments(paths)) {
    if (doc.batch === null) {
      console.log(`  ${doc.file}: FAILED ${doc.error}`);
      continue;
    }
    const kinds = new Map(doc.batch.organizations.map((o) => [o.key, o.kind]));
    const byId = new Map(doc.batch.events.map((e) => [e.id, e]));
    events.set(doc.file, doc.batch.events.filter((e) => e.kind === 'SIDE_EVENT' || e.kind === 'SPECIAL_EVENT').length);
    for (const r of doc.batch.organizes) {
      const e = byId.get(r.event)!;
      if (e.kind !== 'SIDE_EVENT' && e.kind !== 'SPECIAL_EVENT') continue;
      const at = `${e.sourceFile}:${e.sourceLine}`;
      links.set(`${at}|${r.role}|${r.org}`, { state: kinds.get(r.org) === 'STATE', family: families.get(at) ?? 'all' });
    }
  }
  return { links, events };
}

interface Score {
  precision: number;
  recall: number;
  found: number;
  expected: number;
  missing: string[];
  extra: string[];
}

function score(expected: Links, actual: Links, keep: (v: { state: boolean; family: string }) => boolean): Score {
  const exp = new Set([...expected].filter(([, v]) => keep(v)).map(([k]) => k));
  const act = new Set([...actual].filter(([, v]) => keep(v)).map(([k]) => k));
  const tp = [...act].filter((k) => exp.has(k)).length;
  return {
    precision: act.size === 0 ? 1 : tp / act.size,
    recall: exp.size === 0 ? 1 : tp / exp.size,
    found: act.size,
    expected: exp.size,
    missing: [...exp].filter((k) => !act.has(k)),
    extra: [...act].filter((k) => !exp.has(k)),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** One row per connector family and a total: States and all organizations, precision and recall (with role). */
function table(title: string, expected: Links, actual: Links, showErrors: boolean): void {
  console.log(`\n${title}`);
  console.log('| family | links | States P | States R | all P | all R |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const families = [...new Set([...expected.values()].map((v) => v.family))].sort();
  const rows = [
    ...families.map((f) => [f, (v: { family: string }) => v.family === f] as const),
    ['TOTAL', () => true] as const,
  ];
  for (const [family, inFamily] of rows) {
    const states = score(expected, actual, (v) => inFamily(v) && v.state);
    const all = score(expected, actual, inFamily);
    console.log(
      `| ${family} | ${all.expected} | ${pct(states.precision)} | ${pct(states.recall)} | ${pct(all.precision)} | ${pct(all.recall)} |`,
    );
  }
  const total = score(expected, actual, () => true);
  const roleFree = (l: Links) => new Map([...l].map(([k, v]) => [k.replace(/\|(LEAD|PARTNER)\|/, '|ANY|'), v]));
  const anyRole = score(roleFree(expected), roleFree(actual), () => true);
  console.log(`(role ignored: all P ${pct(anyRole.precision)}, R ${pct(anyRole.recall)})`);
  if (showErrors && (total.missing.length > 0 || total.extra.length > 0)) {
    console.log('   missing:', total.missing.slice(0, 80));
    console.log('   extra:  ', total.extra.slice(0, 80));
  }
}

const verbose = process.argv.includes('--verbose');

// 1. The bundled corpus.
{
  const labels: LabelledEvent[] = readJson('tests/fixtures/labels/hand-labelled-organizers.json').events;
  const files = [...new Set(labels.map((l) => l.file))];
  const { links, events } = await plannedLinks(
    files.map((f) => join(BUNDLED_CORPUS, f)),
    new Map(),
  );
  console.log(
    'bundled corpus, events per document (side + special), labelled vs parsed:',
    Object.fromEntries(files.map((f) => [f, `${labels.filter((l) => l.file === f).length} / ${events.get(f) ?? 0}`])),
  );
  table('bundled corpus (tests/fixtures/labels)', expectedLinks(labels), links, true);
}

// 2. Real organizer lines, through the grammar and the resolver only; then the held-out lines, labelled
//    before the grammar ever ran on them and never used to tune it.
function organizerLines(file: string, title: string, split?: 'dev' | 'test', showErrors = verbose): void {
  const lines: RealLine[] = readJson(file).lines.filter((l: RealLine) => split === undefined || l.split === split);
  const name = split === undefined ? title : `${title}, ${split} half`;
  linesTable(lines, `${name} (${lines.length} lines, ${file})`, (l) => l.family, showErrors);
  // Programme-only sets (held-out-11) also give the figures per kind of source line.
  if (lines.some((l) => l.kind !== undefined)) {
    linesTable(lines, `${name}, per kind of line`, (l) => l.kind ?? 'none', false);
  }
  const misses = lines.filter((l) => l.knownMiss !== undefined);
  if (misses.length > 0) {
    console.log(`known misses (marked in the fixture): ${misses.length} of ${lines.length} lines`);
    if (showErrors) for (const l of misses) console.log(`   - "${l.text.slice(0, 70)}…": ${l.knownMiss!.why}`);
  }
}

/** One table for a set of lines, grouped by `group` (the connector family, or the kind of line). */
function linesTable(lines: RealLine[], heading: string, group: (l: RealLine) => string, showErrors: boolean): void {
  const labelled: LabelledEvent[] = lines.map((l, i) => ({
    file: 'real',
    line: i + 1,
    family: group(l),
    organizers: l.leads.map((name) => ({ name })),
    partners: l.partners.map((name) => ({ name })),
  }));
  const actual: Links = new Map();
  lines.forEach((l, i) => {
    const split = splitOrganizedBy(joinLines([{ text: lineOrganizerText(l.text, l.head), line: 1 }]), 'real.txt');
    for (const [role, mentions] of [
      ['LEAD', split.organizers],
      ['PARTNER', split.partners],
    ] as const) {
      for (const m of mentions) {
        const org = resolver.resolve(m.text);
        actual.set(`real:${i + 1}|${role}|${org.key}`, { state: org.kind === 'STATE', family: group(l) });
      }
    }
  });
  table(heading, expectedLinks(labelled), actual, showErrors);
}
organizerLines('tests/fixtures/organizer-lines/real-organizer-lines.json', 'real organizer lines');
organizerLines('tests/fixtures/organizer-lines/held-out-lines.json', 'held-out real organizer lines');

/**
 * The held-out sets, in the order they were collected, each labelled before the grammar first ran on it. A split
 * set has a dev half (may be developed on) and a test half (the honest figure; its errors only with
 * --verbose-test); the others were measured once and then developed on, except held-out-6.
 */
const HELD_OUT: { file: string; title: string; split: boolean; errorsOnlyWithVerboseTest?: true }[] = [
  { file: 'held-out-2.json', title: 'held-out-2 real organizer lines', split: true },
  // Collected after the grammar work on held-out-2: measured once, then developed on (its `about` has the figures).
  { file: 'held-out-3.json', title: 'held-out-3 real organizer lines (developed on)', split: false },
  {
    file: 'held-out-4.json',
    title: 'held-out-4 real organizer lines (measured once, then developed on)',
    split: false,
    errorsOnlyWithVerboseTest: true,
  },
  // Collected after round 4 (f8015fb): measured once, then developed on (round 5).
  {
    file: 'held-out-5.json',
    title: 'held-out-5 real organizer lines (measured once, then developed on)',
    split: false,
    errorsOnlyWithVerboseTest: true,
  },
  // Collected after round 5 (5577f0b): the test set of that grammar, not developed on.
  {
    file: 'held-out-6.json',
    title: 'held-out-6 real organizer lines (test set of the final grammar)',
    split: false,
    errorsOnlyWithVerboseTest: true,
  },
  // Session 3: side-event programmes and listings (not prose).
  { file: 'held-out-7.json', title: 'held-out-7 programme organizer lines', split: true },
  // Session 4: programme rows, listings, side-event pages.
  { file: 'held-out-8.json', title: 'held-out-8 programme organizer lines', split: true },
  // Session 5: side-event and meeting pages from sources no earlier set uses (more prose than programme rows).
  { file: 'held-out-9.json', title: 'held-out-9 organizer lines', split: true },
  // Session 6: programme rows and side-event fields from sources no earlier set uses (about half announcements).
  { file: 'held-out-10.json', title: 'held-out-10 organizer lines', split: true },
  // Session 7: programme rows, organizer fields and calendar entries only (no news prose); each line has a `kind`.
  { file: 'held-out-11.json', title: 'held-out-11 programme organizer lines', split: true },
  // Session 8: programme rows, organizer fields and calendar cells only, from sources no earlier set uses.
  { file: 'held-out-12.json', title: 'held-out-12 programme organizer lines', split: true },
  // Session 9: programme pages' organizer lines, organizer fields and media-alert rows only (12 lines: short of its target).
  { file: 'held-out-13.json', title: 'held-out-13 programme organizer lines', split: true },
  // Session 10: CSW calendars and organizer fields, HLPF/FfD/OSCE/UNEP side-event pages (16 lines: short of its target).
  { file: 'held-out-14.json', title: 'held-out-14 programme organizer lines', split: true },
  // Session 12: Sixth Committee, CSocD, OEWG-Ageing, Habitat III, CBD/Ramsar/UNCCD/BWC side-event rows and fields (34 lines).
  { file: 'held-out-15.json', title: 'held-out-15 programme organizer lines', split: true },
  // Session 13: event pages and news items (the sentence naming the organizers) and Geneva calendar notes, found per
  // subject (wildlife, fisheries, cultural property, terrorism financing, trafficking, firearms, asset recovery; 40 lines).
  { file: 'held-out-16.json', title: 'held-out-16 organizer lines', split: true },
  // Session 14: Summit of the Future side-event programme rows, a Global Compact flyer, calendar notes, event pages and news
  // items found per subject (victims of terrorism, environmental crime, money laundering, prison reform, gender; 33 lines).
  { file: 'held-out-17.json', title: 'held-out-17 organizer lines', split: true },
  // Session 15: event pages, news items and a few programme rows found per subject (cybercrime, sport and corruption,
  // beneficial ownership, illegal mining, forest crime, virtual assets, travel documents, e-evidence; 40 lines).
  { file: 'held-out-18.json', title: 'held-out-18 organizer lines', split: true },
  // Session 16: event pages, news items, a programme page and a calendar entry found per subject (scam centres, drug policy,
  // women and incarceration, piracy, illicit tobacco, SALW, AML/CFT, waste crime, kidnapping, migrant smuggling; 42 lines).
  { file: 'held-out-19.json', title: 'held-out-19 organizer lines', split: true },
];
const verboseTest = process.argv.includes('--verbose-test');
for (const { file, title, split, errorsOnlyWithVerboseTest } of HELD_OUT) {
  const path = `tests/fixtures/organizer-lines/${file}`;
  if (split) {
    organizerLines(path, title, 'dev');
    organizerLines(path, title, 'test', verboseTest);
  } else organizerLines(path, title, undefined, errorsOnlyWithVerboseTest ? verboseTest : undefined);
}

// 3. Programmes the parsers were not developed on, through the whole pipeline.
{
  const dir = 'tests/fixtures/unseen-programmes';
  const labels: LabelledEvent[] = readJson(join(dir, 'labels.json')).events;
  const files = [...new Set(labels.map((l) => l.file))];
  const families = new Map(labels.map((l) => [`${l.file}:${l.line}`, l.family ?? 'all']));
  const { links, events } = await plannedLinks(
    files.map((f) => join(dir, f)),
    families,
  );
  console.log(
    '\nunseen programmes, events per document (side + special), labelled vs parsed:',
    Object.fromEntries(files.map((f) => [f, `${labels.filter((l) => l.file === f).length} / ${events.get(f) ?? 0}`])),
  );
  table(
    `unseen programmes (${files.length} documents, ${labels.length} events)`,
    expectedLinks(labels),
    links,
    verbose,
  );
}
