// The whole bundled corpus in the real Neo4j, checked the way a researcher would check it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { ingestBundledCorpus, type IngestSummary } from '../../ingest/pipeline.js';
import { emptyGraph, testGraph } from '../setup/graph.js';

describe('when the bundled corpus is ingested', () => {
  let graph: Graph;
  let summary: IngestSummary;
  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
    summary = await ingestBundledCorpus(graph);
  });
  afterAll(async () => graph.close());

  it('then all five documents load and none fails', () => {
    expect(summary.documents.map((d) => d.status)).toEqual(['loaded', 'loaded', 'loaded', 'loaded', 'loaded']);
    expect(summary.failed).toEqual([]);
  });

  it('then each session has its number of side events', async () => {
    const rows = await graph.read(
      `MATCH (e:Event {kind: 'SIDE_EVENT'})-[:IN_SESSION]->(s:Session)
       RETURN s.number AS session, s.year AS year, count(e) AS sideEvents ORDER BY session`,
    );
    expect(rows).toEqual([
      { session: 6, year: 2012, sideEvents: 21 },
      { session: 10, year: 2020, sideEvents: 59 },
      { session: 12, year: 2024, sideEvents: 62 },
    ]);
  });

  it('then the States on events with GI-TOC are known per session', async () => {
    const rows = await graph.read(
      `MATCH (g:Organization {acronym: 'GI-TOC'})-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(s:Organization {kind: 'STATE'})
       RETURN e.session AS session, collect(DISTINCT s.iso3) AS states ORDER BY session`,
    );
    const bySession = Object.fromEntries(rows.map((r) => [r.session, (r.states as string[]).sort()]));
    expect(bySession[10]).toEqual(expect.arrayContaining(['GBR', 'MEX']));
    expect(bySession[12]).toEqual(expect.arrayContaining(['PER', 'BOL', 'COL', 'ECU', 'FRA']));
    expect(Object.keys(bySession).map(Number)).not.toContain(6);
  });

  it('then one real organization is one node whatever its surface forms', async () => {
    const rows = await graph.read(
      `MATCH (o:Organization) WHERE toLower(o.name) STARTS WITH 'global initiative against' OR o.acronym = 'GI-TOC' RETURN o.key AS key, o.aliases AS aliases`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.aliases).toEqual(
      expect.arrayContaining([
        'the Global Initiative Against Transnational Organized Crime',
        'Global Initiative against Transnational Organized Crime (GI-TOC)',
      ]),
    );
    const uk = await graph.read(`MATCH (o:Organization {iso3: 'GBR'}) RETURN count(o) AS n`);
    expect(uk[0]?.n).toBe(1);
  });

  it('then the COP6 President and the State they represent come from "UNTOC at 20"', async () => {
    const rows = await graph.read(
      `MATCH (p:Person)-[r:PRESIDED]->(:Session {number: 6}) OPTIONAL MATCH (p)-[:REPRESENTS]->(o:Organization)
       RETURN p.name AS name, o.iso3 AS state, r.sourceFile AS file, r.sourceLine AS line`,
    );
    expect(rows).toEqual([{ name: 'Rachmat Budiman', state: 'IDN', file: '004_01ad9041e540fa15.txt', line: 686 }]);
  });

  it('then the parties to the Firearms Protocol as of 9 October 2020 are cited to the press release', async () => {
    const rows = await graph.read(
      `MATCH (:Instrument {key: 'FIREARMS_PROTOCOL'})-[:HAS_STATUS]->(p:PartyStatus {asOf: date('2020-10-09')})
       RETURN p.parties AS parties, p.signatories AS signatories, p.sourceFile AS file`,
    );
    expect(rows).toEqual([{ parties: 119, signatories: 52, file: '002_7bee2cb627ad9e2a.txt' }]);
  });

  it('then every event and every organizer link cites its document and line', async () => {
    const rows = await graph.read(
      `MATCH (e:Event) WHERE e.sourceFile IS NULL OR e.sourceLine IS NULL RETURN count(e) AS events
       UNION ALL
       MATCH ()-[r:ORGANIZES]->() WHERE r.sourceFile IS NULL OR r.sourceLine < 1 RETURN count(r) AS events`,
    );
    expect(rows.map((r) => r.events)).toEqual([0, 0]);
  });

  it('then UNODC units hang under UNODC through PART_OF', async () => {
    const rows = await graph.read(
      `MATCH (u:Organization)-[:PART_OF*1..3]->(:Organization {acronym: 'UNODC'}) RETURN u.kind AS kind, count(u) AS n`,
    );
    expect(rows).toEqual([{ kind: 'UN', n: expect.any(Number) }]);
    expect(Number(rows[0]?.n)).toBeGreaterThan(20);
  });

  it('then a national body hangs under its State even when the State is not named on the same event', async () => {
    const rows = await graph.read(
      `MATCH (o:Organization)-[:PART_OF]->(s:Organization {kind: 'STATE'})
       WHERE o.name STARTS WITH 'Nigerian Extractive' RETURN s.iso3 AS state`,
    );
    expect(rows).toEqual([{ state: 'NGA' }]);
  });

  it('then firearms events are linked to the Firearms Protocol through their topic', async () => {
    const rows = await graph.read(
      `MATCH (e:Event)-[:ABOUT]->(:Topic)-[:CONCERNS]->(:Instrument {key: 'FIREARMS_PROTOCOL'})
       RETURN count(DISTINCT e) AS n`,
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(3);
  });
});
