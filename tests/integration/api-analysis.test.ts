// Analysis questions (issue 9) on the real Neo4j with the bundled corpus. The expected answers were read off the
// documents themselves (ingest/corpus/, lines cited), not off the API.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cypher, unspecialized } from '../../src/graph/cypher.js';
import { corpusGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const api = apiClient(graph);
const names = (list: { name: string }[]) => list.map((o) => o.name);

const COP10 = '000_6fa93a35363d56cd.txt';
const COP12 = '001_5cb52ae7af251058.txt';
const COP6 = '003_3b9c9c4b9c50490a.txt';
const PRESS_RELEASE = '002_7bee2cb627ad9e2a.txt';
const UNTOC_AT_20 = '004_01ad9041e540fa15.txt';
const WITHOUT_PROGRAMME = [1, 2, 3, 4, 5, 7, 8, 9];

describe("GI-TOC's State partners from COP10 to COP12", () => {
  it('when comparing, then Mexico and the United Kingdom are kept, none is lost, and the COP12 States are gained', async () => {
    const { organization } = await api.data(`{
      organization(name: "GI-TOC") { partnersChange(from: 10, to: 12, kind: STATE) {
        gained { name } lost { name } kept { name } } } }`);
    const change = organization.partnersChange;
    // COP10 programme lines 76 (United Kingdom) and 78 (Mexico): GI-TOC's only State co-organizers.
    expect(names(change.kept)).toEqual(['Mexico', 'United Kingdom']);
    expect(change.lost).toEqual([]);
    // COP12 programme lines 73, 93, 96, 126, 127, 142, 150 and 179: the States named with GI-TOC.
    expect(names(change.gained)).toEqual([
      'Angola',
      'Australia',
      'Bolivia (Plurinational State of)',
      'Canada',
      'Colombia',
      'Ecuador',
      'France',
      'Germany',
      'Indonesia',
      'Italy',
      'Kenya',
      'New Zealand',
      'Pakistan',
      'Peru',
      'United States of America',
    ]);
  });

  it('when comparing the other way round, then gained and lost swap', async () => {
    const { organization } = await api.data(`{
      organization(name: "GI-TOC") { partnersChange(from: 12, to: 10, kind: STATE) { gained { name } lost { name } kept { name } } } }`);
    expect(organization.partnersChange.gained).toEqual([]);
    expect(organization.partnersChange.lost).toHaveLength(15);
    expect(names(organization.partnersChange.kept)).toEqual(['Mexico', 'United Kingdom']);
  });
});

describe("UNODC's firearms partners, with its units, from COP6 to COP12", () => {
  it('when comparing, then Mexico is kept, ACUNS and the Geneva Forum are lost', async () => {
    const { organization } = await api.data(`{ organization(name: "UNODC") {
      partnersChange(from: 6, to: 12, topic: "firearms", includeUnits: true) { gained { name } lost { name } kept { name } } } }`);
    const change = organization.partnersChange;
    // COP6 line 81: "Mexico / ACUNS / Geneva Forum / UNODC"; COP12 line 125: Kennis with Mexico and the UNODC
    // Firearms Trafficking Section (a unit, counted as UNODC).
    expect(names(change.kept)).toEqual(['Mexico']);
    expect(names(change.lost)).toEqual(['Academic Council on the United Nations System', 'Geneva Forum']);
    expect(names(change.gained)).toEqual(expect.arrayContaining(['Small Arms Survey', 'Austria', 'Costa Rica']));
    expect(names(change.gained)).not.toContain('Firearms Trafficking Section');
  });
});

describe('compareSessions', () => {
  it('when comparing the States of COP10 and COP12, then the five States only COP10 names are lost', async () => {
    const { compareSessions } = await api.data(`{
      compareSessions(from: 10, to: 12, kinds: [STATE]) {
        from { number } to { number }
        organizations { gained { name kind } lost { name } kept { name } }
        partnerships { gained { source { name } target { name } weight sessions } lost { source { name } target { name } weight sessions } } } }`);
    expect(compareSessions.from.number).toBe(10);
    expect(compareSessions.to.number).toBe(12);
    // COP10 lines 81/204 (Qatar), 103 (Tajikistan, Uzbekistan), 173 (the Netherlands, Spain); absent from COP12.
    expect(names(compareSessions.organizations.lost)).toEqual([
      'Netherlands',
      'Qatar',
      'Spain',
      'Tajikistan',
      'Uzbekistan',
    ]);
    expect(names(compareSessions.organizations.kept)).toEqual(expect.arrayContaining(['Mexico', 'United Kingdom']));
    expect(compareSessions.organizations.gained.every((o: any) => o.kind === 'STATE')).toBe(true);
    // COP10 line 103: Kyrgyzstan with Tajikistan and Uzbekistan, a pair COP12 does not repeat.
    const lost = compareSessions.partnerships.lost.map((e: any) => `${e.source.name} + ${e.target.name}`);
    expect(lost).toContain('Kyrgyzstan + Tajikistan');
    expect(compareSessions.partnerships.lost.every((e: any) => e.sessions.join() === '10')).toBe(true);
    // COP12 lines 93, 127, 179 and 142...: Australia and the United Kingdom together, four times.
    const gained = compareSessions.partnerships.gained.find(
      (e: any) => e.source.name === 'Australia' && e.target.name === 'United Kingdom',
    );
    expect(gained).toMatchObject({ weight: 4, sessions: [12] });
    const weights = compareSessions.partnerships.gained.map((e: any) => e.weight);
    expect(weights).toEqual([...weights].sort((a: number, b: number) => b - a));
  });

  it("when comparing topics, then shares are counts over each programme's side and special events (59 and 63)", async () => {
    const { compareSessions } = await api.data(`{
      compareSessions(from: 10, to: 12) { topics { topic { key } fromCount toCount fromShare toShare } } }`);
    const topics = compareSessions.topics;
    expect(topics.length).toBeGreaterThan(10);
    // COP10 has 59 "Organized by" side events, COP12 62 side events and 1 special event.
    for (const t of topics) {
      expect(t.fromShare).toBeCloseTo(t.fromCount / 59, 10);
      expect(t.toShare).toBeCloseTo(t.toCount / 63, 10);
      expect(t.fromCount + t.toCount).toBeGreaterThan(0);
    }
    const rises = topics.map((t: any) => t.toShare - t.fromShare);
    expect(rises).toEqual([...rises].sort((a: number, b: number) => b - a));
    // COP10 is the 2020 (COVID-19) session; COP12 has no COVID-19 event.
    expect(topics.find((t: any) => t.topic.key === 'COVID_19')).toMatchObject({ toCount: 0 });
    expect(topics.find((t: any) => t.topic.key === 'COVID_19').fromCount).toBeGreaterThan(0);
  });

  it('when two comparisons with the same kinds in another order are asked, then they answer alike', async () => {
    const data = await api.data(`{
      a: compareSessions(from: 6, to: 12, kinds: [NGO, STATE]) { organizations { kept { name } } }
      b: compareSessions(from: 6, to: 12, kinds: [STATE, NGO, STATE]) { organizations { kept { name } } } }`);
    expect(data.a).toEqual(data.b);
    expect(data.a.organizations.kept.length).toBeGreaterThan(0);
  });
});

describe('honest coverage', () => {
  it('when listing sessions, then only 6, 10 and 12 have a programme, each citing its own file', async () => {
    const { sessions } = await api.data(`{ sessions(first: 50) { nodes { number
      programme { file kind session { number } }
      coverage { hasProgramme events documents { file kind } } } } }`);
    const byNumber = new Map(sessions.nodes.map((s: any) => [s.number, s]));
    const programme = (n: number) => (byNumber.get(n) as any).programme;
    expect(programme(6)).toEqual({ file: COP6, kind: 'programme', session: { number: 6 } });
    expect(programme(10)).toEqual({ file: COP10, kind: 'programme', session: { number: 10 } });
    expect(programme(12)).toEqual({ file: COP12, kind: 'programme', session: { number: 12 } });
    for (const n of WITHOUT_PROGRAMME) {
      const s = byNumber.get(n) as any;
      expect(s.programme).toBeNull();
      expect(s.coverage.hasProgramme).toBe(false);
      // Sessions 1–9 are known only from "UNTOC at 20" (their dates and presidents).
      expect(s.coverage.documents).toEqual([{ file: UNTOC_AT_20, kind: 'reference' }]);
    }
    const cop10 = (byNumber.get(10) as any).coverage;
    expect(cop10.hasProgramme).toBe(true);
    expect(cop10.documents.map((d: any) => d.file)).toEqual([COP10, PRESS_RELEASE, UNTOC_AT_20]);
    expect(cop10.events).toBeGreaterThanOrEqual(59);
  });

  it('when a session has no programme, then no per-session count of it says 0: it is not listed at all', async () => {
    const data = await api.data(`{
      sessions(first: 50) { nodes { number topics { eventCount } topOrganizations(first: 200) { eventCount } } }
      organization(name: "UNODC") { timeline { session { number } total } firstSeen { number } lastSeen { number } }
      topics { trend { session { number } eventCount } } }`);
    // Topic.trend (read path) lists the programme sessions only; a 0 there is a real "no event on this topic".
    for (const topic of data.topics) expect(topic.trend.map((p: any) => p.session.number)).toEqual([6, 10, 12]);
    for (const s of data.sessions.nodes) {
      if (WITHOUT_PROGRAMME.includes(s.number)) {
        expect(s.topics).toEqual([]);
        expect(s.topOrganizations).toEqual([]);
      } else {
        expect(s.topics.every((t: any) => t.eventCount > 0)).toBe(true);
        expect(s.topOrganizations.every((o: any) => o.eventCount > 0)).toBe(true);
      }
    }
    // UNODC's own name (its units aside) is on COP6 and COP12 events only.
    expect(data.organization.timeline.map((p: any) => p.session.number)).toEqual([6, 12]);
    expect(data.organization.timeline.every((p: any) => p.total > 0)).toBe(true);
    expect(data.organization.firstSeen).toEqual({ number: 6 });
    expect(data.organization.lastSeen).toEqual({ number: 12 });
  });

  it('when an organization is named in one programme only, then it is first and last seen there', async () => {
    // Qatar: COP10 lines 81 and 204 only.
    const { organization } = await api.data(
      '{ organization(name: "Qatar") { firstSeen { number } lastSeen { number } } }',
    );
    expect(organization).toEqual({ firstSeen: { number: 10 }, lastSeen: { number: 10 } });
  });
});

describe('network measures, communities and brokers', () => {
  it('when measuring the COP12 network, then degrees match the edges and betweenness lies in 0..1', async () => {
    const { partnershipNetwork } = await api.data(`{ partnershipNetwork(sessions: [12]) {
      nodes { organization { key } degree weight weightedDegree betweenness community }
      edges { source { key } target { key } weight }
      communities { id size members(first: 500) { organization { key } community } } } }`);
    const { nodes, edges, communities } = partnershipNetwork;
    for (const node of nodes) {
      const own = edges.filter(
        (e: any) => e.source.key === node.organization.key || e.target.key === node.organization.key,
      );
      expect(node.degree).toBe(own.length);
      expect(node.weightedDegree).toBe(own.reduce((sum: number, e: any) => sum + e.weight, 0));
      expect(node.betweenness).toBeGreaterThanOrEqual(0);
      expect(node.betweenness).toBeLessThanOrEqual(1);
    }
    expect(communities.reduce((sum: number, c: any) => sum + c.size, 0)).toBe(nodes.length);
    const sizes = communities.map((c: any) => c.size);
    expect(sizes).toEqual([...sizes].sort((a: number, b: number) => b - a));
    for (const c of communities) expect(c.members.every((m: any) => m.community === c.id)).toBe(true);
  });

  it('when asking twice, then the communities are the same (seeded Louvain)', async () => {
    const query =
      '{ partnershipNetwork(sessions: [12]) { communities { members(first: 500) { organization { key } } } } }';
    expect(await api.data(query)).toEqual(await api.data(query));
  });

  it('when asking for the brokers of COP12, then GI-TOC bridges the most and the wildlife NGOs share a community', async () => {
    const { brokers, partnershipNetwork } = await api.data(`{
      brokers(sessions: [12], first: 5) { organization { name } betweenness community }
      partnershipNetwork(sessions: [12]) { nodes { organization { name } community } } }`);
    expect(brokers).toHaveLength(5);
    // GI-TOC is named on 11 COP12 events, with States, UNODC units and NGOs (lines 73 to 180).
    expect(brokers[0].organization.name).toBe('Global Initiative against Transnational Organized Crime');
    const values = brokers.map((b: any) => b.betweenness);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    // COP12 lines 150 and 155: the Wildlife Justice Commission and the Global Initiative to End Wildlife Crime
    // organize the wildlife events together.
    const community = (name: string) =>
      partnershipNetwork.nodes.find((n: any) => n.organization.name === name).community;
    expect(community('Wildlife Justice Commission')).toBe(community('Global Initiative to End Wildlife Crime'));
  });
});

describe('bad input: the argument is named, and nothing is computed', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['{ compareSessions(from: 10, to: 10) { from { number } } }', 'to', /both 10/],
    [
      '{ compareSessions(from: 7, to: 12) { from { number } } }',
      'from',
      /session 7 .*Sessions with a programme: 6, 10, 12/,
    ],
    ['{ compareSessions(from: 10, to: 99) { from { number } } }', 'to', /session 99 .*6, 10, 12/],
    ['{ organization(name: "GI-TOC") { partnersChange(from: 12, to: 12) { kept { name } } } }', 'to', /both 12/],
    [
      '{ organization(name: "GI-TOC") { partnersChange(from: 9, to: 10) { kept { name } } } }',
      'from',
      /session 9 .*6, 10, 12/,
    ],
    ['{ brokers(sessions: [12, 8]) { betweenness } }', 'sessions', /session 8 .*6, 10, 12/],
    ['{ brokers(sessions: [12], topic: "astrology") { betweenness } }', 'topic', /No topic is named "astrology"/],
    ['{ brokers(first: 0) { betweenness } }', 'first', /between 1 and 100/],
    ['{ brokers(first: 101) { betweenness } }', 'first', /between 1 and 100/],
    [
      '{ partnershipNetwork(sessions: [12]) { communities { members(first: 0) { degree } } } }',
      'first',
      /between 1 and 500/,
    ],
  ])('when asking %s, then BAD_USER_INPUT names "%s"', async (query, argumentName, message) => {
    const read = vi.spyOn(graph, 'read');
    const body = await api.query(query);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(body.errors![0]!.message).toMatch(message);
    // As files: the partnerships statement goes out specialized for the properties its batch reads.
    const statements = new Set(read.mock.calls.map(([text]) => unspecialized(String(text))));
    const computing = ['compare-organizations', 'partnerships'];
    expect(computing.some((name) => statements.has(unspecialized(cypher(`read/${name}`))))).toBe(
      query.includes('communities'), // the network itself is read before its members' `first` is checked
    );
  });
});

describe('batching: one Cypher statement per analysis field, however many times it is asked', () => {
  afterEach(() => vi.restoreAllMocks());

  it('when three comparisons and the partners change of 20 organizations are asked, then each runs one statement', async () => {
    const read = vi.spyOn(graph, 'read');
    const data = await api.data(`{
      a: compareSessions(from: 10, to: 12) { organizations { kept { name } } }
      b: compareSessions(from: 6, to: 12) { organizations { kept { name } } }
      c: compareSessions(from: 6, to: 10, kinds: [STATE]) { organizations { kept { name } } }
      organizations(first: 20) { nodes { partnersChange(from: 10, to: 12) { kept { name } } firstSeen { number } } } }`);
    expect(data.organizations.nodes).toHaveLength(20);
    const statements = read.mock.calls.map(([text]) => unspecialized(String(text)));
    const count = (name: string) => statements.filter((s) => s === unspecialized(cypher(`read/${name}`))).length;
    expect(count('compare-organizations')).toBe(1);
    expect(count('partnerships')).toBe(1); // both sessions of all 20 organizations' partnersChange
    expect(count('organization-seen')).toBe(1);
    expect(count('programme-sessions')).toBe(1);
  });
});
