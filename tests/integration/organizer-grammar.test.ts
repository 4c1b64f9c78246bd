// The organizer grammar in the real Neo4j: the bundled corpus plus two programmes the parsers were not
// developed on (tests/fixtures/unseen-programmes/), then the graph is searched for what a failed split
// leaves behind: an organization named with a connector phrase.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBundledCorpus, ingestPaths, type IngestSummary } from '../../ingest/pipeline.js';
import { cypher } from '../../src/graph/cypher.js';
import type { Graph } from '../../src/graph/driver.js';
import { emptyGraph, testGraph } from '../setup/graph.js';

const UNSEEN = fileURLToPath(new URL('../fixtures/unseen-programmes/', import.meta.url));

// The connectors of issue 13, written here independently of the grammar's own list (Java regex, whole words).
const CONNECTOR_PHRASES = [
  String.raw`(?:co-|jointly\s+)?organi[sz]ed\s+by`,
  String.raw`co-organi[sz]er`,
  String.raw`(?:co-)?hosted\s+by`,
  String.raw`(?:co-)?sponsored\s+by`,
  String.raw`supported\s+by`,
  String.raw`with\s+(?:the\s+)?support`,
  String.raw`together\s+with`,
  String.raw`jointly\s+with`,
  String.raw`in\s+(?:cooperation|co-operation|collaboration|partnership|association)`,
  String.raw`on\s+behalf\s+of`,
];
const PATTERN = String.raw`(?is)(?:.*\b(?:${CONNECTOR_PHRASES.join('|')})\b.*|(?:with|and|by)\s.*)`;

describe('when the corpus and two unseen programmes are ingested', () => {
  let graph: Graph;
  let unseen: IngestSummary;
  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
    await ingestBundledCorpus(graph);
    unseen = await ingestPaths(graph, [UNSEEN]);
  });
  afterAll(async () => graph.close());

  it('then both unseen programmes load', () => {
    expect(unseen.documents.map((d) => [d.file, d.status, d.events])).toEqual([
      ['cop13-2026-running-text.txt', 'loaded', 24],
      ['cop14-2028-tab-rows.txt', 'loaded', 20],
    ]);
  });

  it('then no organization name or organizer surface in the graph contains a connector phrase', async () => {
    const probe = await graph.read('RETURN $s =~ $pattern AS hit', {
      s: 'Government of Viet Nam in cooperation',
      pattern: PATTERN,
    });
    expect(probe).toEqual([{ hit: true }]); // the pattern does catch a glued connector
    expect(await graph.read(cypher('check/organizations-named-with-connector'), { pattern: PATTERN })).toEqual([]);
  });

  it('then "the Government of Viet Nam in cooperation with …" makes Viet Nam a State lead, the rest partners', async () => {
    const rows = await graph.read(
      `MATCH (o:Organization)-[r:ORGANIZES]->(e:Event {title: $title})
       RETURN o.key AS key, o.kind AS kind, r.role AS role ORDER BY role, key`,
      { title: 'CYBER-ENABLED FRAUD IN SOUTH-EAST ASIA: FROM SCAM CENTRES TO JUSTICE' },
    );
    expect(rows).toEqual([
      { key: 'state:VNM', kind: 'STATE', role: 'LEAD' },
      { key: 'org:global-programme-on-cybercrime', kind: 'UN', role: 'PARTNER' },
      { key: 'state:AUS', kind: 'STATE', role: 'PARTNER' },
    ]);
  });

  it('then a catalogue name with commas is one organization, and "X of UNODC" is the catalogue unit X', async () => {
    const rows = await graph.read(
      `MATCH (o:Organization)-[r:ORGANIZES]->(e:Event)
       WHERE e.title IN $titles AND r.role = 'LEAD'
       RETURN e.title AS title, collect(o.key) AS leads ORDER BY title`,
      {
        titles: ['FOLLOW THE MONEY: FINANCIAL INVESTIGATIONS OF ORGANIZED CRIME', 'ELECTRONIC EVIDENCE ACROSS BORDERS'],
      },
    );
    expect(rows).toEqual([
      { title: 'ELECTRONIC EVIDENCE ACROSS BORDERS', leads: ['org:global-programme-on-cybercrime'] },
      {
        title: 'FOLLOW THE MONEY: FINANCIAL INVESTIGATIONS OF ORGANIZED CRIME',
        leads: ['org:global-programme-against-money-laundering-proceeds-of-crime-and-the-financing-of-terrorism'],
      },
    ]);
  });

  it('then a name refused for a glued connector is a warning citing its file and line, not an organization', async () => {
    const refused = unseen.warnings.filter((w) => w.message.includes('H4+ as a co-organiser'));
    expect(refused.map((w) => w.source)).toEqual([{ file: 'cop13-2026-running-text.txt', line: 92 }]);
    expect(await graph.read(`MATCH (o:Organization) WHERE o.name CONTAINS 'H4+' RETURN o.name AS name`)).toEqual([]);
  });

  it('then an unknown organization keeps the "The" of its name and gets its kind from the name', async () => {
    const rows = await graph.read(
      `MATCH (o:Organization {key: 'org:asia-foundation'}) RETURN o.name AS name, o.kind AS kind`,
    );
    expect(rows).toEqual([{ name: 'The Asia Foundation', kind: 'NGO' }]);
  });
});
