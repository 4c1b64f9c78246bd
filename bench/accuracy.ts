// Organizer/partner link accuracy against a hand-labelled set: npm run accuracy [-- labels.json]
// Labels (tests/fixtures/labels/*.json) were made from the raw text, independently of the parser.
// An event is matched by document and line; a link is (event, role, organization key), the labelled name
// being resolved with the same resolver (so this measures list splitting and roles, plus resolution of
// the parser's surface forms to the same organization as the labeller's).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CORPUS, planDocuments } from '../ingest/pipeline.js';
import { createOrganizationResolver } from '../ingest/resolve/organizations.js';

interface Label {
  file: string;
  line: number;
  title: string;
  organizers: { name: string; isState: boolean }[];
  partners: { name: string; isState: boolean }[];
}

const labelsFile = process.argv[2] ?? 'tests/fixtures/labels/hand-labelled-organizers.json';
const labels: Label[] = JSON.parse(readFileSync(labelsFile, 'utf8')).events;
const resolver = createOrganizationResolver();
const files = [...new Set(labels.map((l) => l.file))];
const planned = await planDocuments(files.map((f) => join(BUNDLED_CORPUS, f)));

type Link = string; // file:line|role|key
const expected = new Map<Link, boolean>(); // → is a State
for (const l of labels) {
  for (const [role, list] of [
    ['LEAD', l.organizers],
    ['PARTNER', l.partners],
  ] as const) {
    for (const o of list) {
      for (const org of resolver.resolveList(o.name))
        expected.set(`${l.file}:${l.line}|${role}|${org.key}`, org.kind === 'STATE');
    }
  }
}
const actual = new Map<Link, boolean>();
const kinds = new Map<string, string>();
for (const doc of planned) {
  const b = doc.batch!;
  b.organizations.forEach((o) => kinds.set(o.key, o.kind));
  for (const r of b.organizes) {
    const e = b.events.find((x) => x.id === r.event)!;
    if (e.kind !== 'SIDE_EVENT' && e.kind !== 'SPECIAL_EVENT') continue;
    actual.set(`${e.sourceFile}:${e.sourceLine}|${r.role}|${r.org}`, kinds.get(r.org) === 'STATE');
  }
}

function score(filter: (isState: boolean) => boolean, ignoreRole: boolean) {
  const norm = (k: Link) => (ignoreRole ? k.replace(/\|(LEAD|PARTNER)\|/, '|ANY|') : k);
  const exp = new Set([...expected].filter(([, s]) => filter(s)).map(([k]) => norm(k)));
  const act = new Set([...actual].filter(([, s]) => filter(s)).map(([k]) => norm(k)));
  const tp = [...act].filter((k) => exp.has(k)).length;
  return {
    precision: tp / act.size,
    recall: tp / exp.size,
    expected: exp.size,
    found: act.size,
    missing: [...exp].filter((k) => !act.has(k)),
    extra: [...act].filter((k) => !exp.has(k)),
  };
}

const eventsPerFile = Object.fromEntries(
  files.map((f) => [
    f,
    {
      labelled: labels.filter((l) => l.file === f).length,
      parsed: planned
        .find((d) => d.file === f)!
        .batch!.events.filter((e) => e.kind === 'SIDE_EVENT' || e.kind === 'SPECIAL_EVENT').length,
    },
  ]),
);
console.log('events per document (side + special):', eventsPerFile);
for (const [name, filter] of [
  ['States', (s: boolean) => s],
  ['all organizations', () => true],
] as const) {
  for (const ignoreRole of [false, true]) {
    const s = score(filter, ignoreRole);
    console.log(
      `${name}${ignoreRole ? ' (role ignored)' : ' (with role)'}: precision ${(100 * s.precision).toFixed(1)}%, recall ${(100 * s.recall).toFixed(1)}% (${s.found} found, ${s.expected} labelled)`,
    );
    if (!ignoreRole && (s.missing.length || s.extra.length)) {
      console.log('   missing:', s.missing.slice(0, 15));
      console.log('   extra:  ', s.extra.slice(0, 15));
    }
  }
}
