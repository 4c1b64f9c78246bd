// Organization.partners(topic:, includeUnits:) and partnershipNetwork(topic:), the one definition of a
// partnership (cypher/read/partnerships.cypher). Expected answers are read off the programmes:
//   COP6 (003_3b9c9c4b9c50490a.txt) line 81: "Mexico / ACUNS / Geneva Forum / UNODC: Arms Trade Treaty, Firearms
//     Protocol and Small Arms Programme of Action…", line 64: "Switzerland / Small Arms Survey: Small Arms Survey
//     2012 Book Launch";
//   COP12 (001_5cb52ae7af251058.txt) line 95: "…FIREARMS … GENDER-BASED VIOLENCE Organized by Zonta International,
//     with Costa Rica, UNODC Firearms Trafficking Section and Small Arms Survey, Alliance of NGOs…, KENNIS, …",
//     line 117: "…STOCKPILE MANAGEMENT… Organized by Austria, with Kyrgyzstan, UNODC Firearms Trafficking Section,
//     OSCE", line 125: "EFFECTIVE IMPLEMENTATION OF THE FIREARMS PROTOCOL… Organized by Kennis…, with Mexico, UNODC
//     Firearms Trafficking Section, Alliance of NGOs…, CROSS (University of Milan), Small Arms Survey…".
// UNODC itself organized only the COP6 firearms event; its Firearms Trafficking Section (a unit) the COP12 ones.
import { describe, expect, it } from 'vitest';
import { corpusGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const api = apiClient(graph);

const names = (partners: any[]) => partners.map((p: any) => p.organization.name);

describe('partners on a topic', () => {
  it('when UNODC is asked for its firearms partners without its units, then only the COP6 event counts', async () => {
    const { organization } = await api.data(`{ organization(name: "UNODC") {
      partners(topic: "firearms") { organization { name } sharedEventCount sessions { number } events { source { document line } } } } }`);
    expect(names(organization.partners)).toEqual([
      'Academic Council on the United Nations System',
      'Geneva Forum',
      'Mexico',
    ]);
    for (const partner of organization.partners) {
      expect(partner.sharedEventCount).toBe(1);
      expect(partner.sessions).toEqual([{ number: 6 }]);
      expect(partner.events).toEqual([{ source: { document: '003_3b9c9c4b9c50490a.txt', line: 81 } }]);
    }
  });

  it('when UNODC is asked with its units, then the Firearms Trafficking Section events count as its own', async () => {
    const { organization } = await api.data(`{ organization(name: "UNODC") {
      partners(topic: "Firearms", includeUnits: true) { organization { name } sharedEventCount sessions { number }
        events { source { line } } } } }`);
    const byName = new Map(organization.partners.map((p: any) => [p.organization.name, p]));
    // Shared twice: Mexico (COP6 line 81, COP12 line 125) and the three named at both COP12 lines 95 and 125.
    expect(names(organization.partners.filter((p: any) => p.sharedEventCount === 2)).sort()).toEqual([
      'Alliance of NGOs on Crime Prevention and Criminal Justice',
      'Kennis – Knowledge for Safety and Good Governance',
      'Mexico',
      'Small Arms Survey',
    ]);
    expect((byName.get('Mexico') as any).sessions).toEqual([{ number: 6 }, { number: 12 }]);
    expect((byName.get('Mexico') as any).events.map((e: any) => e.source.line)).toEqual([81, 125]);
    for (const once of ['Austria', 'Kyrgyzstan', 'Costa Rica', 'Geneva Forum'])
      expect((byName.get(once) as any)?.sharedEventCount).toBe(1);
    // Its own unit is not its partner.
    expect(names(organization.partners)).not.toContain('Firearms Trafficking Section');
    expect(organization.partners.every((p: any) => p.sharedEventCount <= 2)).toBe(true);
  });

  it('when the topic is given by key or by name and combined with kind, then the same partners answer', async () => {
    const data = await api.data(`{
      byKey: organization(name: "UNODC") { partners(topic: "FIREARMS", includeUnits: true, kind: STATE) { organization { name } sharedEventCount } }
      byName: organization(name: "UNODC") { partners(topic: "firearms", includeUnits: true, kind: STATE) { organization { name } sharedEventCount } }
    }`);
    expect(data.byKey).toEqual(data.byName);
    expect(names(data.byKey.partners)).toEqual(['Mexico', 'Austria', 'Costa Rica', 'Kyrgyzstan']);
  });

  it('when the topic is unknown, then BAD_USER_INPUT names the topic argument', async () => {
    const body = await api.query(
      '{ organization(name: "UNODC") { partners(topic: "astrology") { sharedEventCount } } }',
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'topic' });
    expect(body.errors?.[0]?.message).toContain('astrology');
  });
});

describe('the network on a topic', () => {
  it('when the COP6 network is restricted to firearms, then the line 81 organizers form a clique and line 64 adds one edge', async () => {
    const { partnershipNetwork } = await api.data(`{ partnershipNetwork(topic: "firearms", sessions: [6]) {
      nodes { organization { name } degree weight } edges { source { name } target { name } weight sessions } } }`);
    const pairs = partnershipNetwork.edges.map((e: any) => [e.source.name, e.target.name].sort().join(' + ')).sort();
    expect(pairs).toEqual([
      'Academic Council on the United Nations System + Geneva Forum',
      'Academic Council on the United Nations System + Mexico',
      'Academic Council on the United Nations System + United Nations Office on Drugs and Crime',
      'Geneva Forum + Mexico',
      'Geneva Forum + United Nations Office on Drugs and Crime',
      'Mexico + United Nations Office on Drugs and Crime',
      'Small Arms Survey + Switzerland',
    ]);
    expect(partnershipNetwork.edges.every((e: any) => e.weight === 1 && e.sessions.join() === '6')).toBe(true);
    const degree = Object.fromEntries(partnershipNetwork.nodes.map((n: any) => [n.organization.name, n.degree]));
    expect(degree).toEqual({
      'Academic Council on the United Nations System': 3,
      'Geneva Forum': 3,
      Mexico: 3,
      'United Nations Office on Drugs and Crime': 3,
      'Small Arms Survey': 1,
      Switzerland: 1,
    });
  });

  it('when partners and the network answer the same question, then they agree (one definition)', async () => {
    const data = await api.data(`{
      organization(name: "GI-TOC") { key partners(sessions: [12], minSharedEvents: 2) { organization { key } sharedEventCount } }
      partnershipNetwork(sessions: [12], minSharedEvents: 2) { edges { source { key } target { key } weight } }
    }`);
    const gitoc = data.organization.key;
    const fromNetwork = data.partnershipNetwork.edges
      .filter((e: any) => e.source.key === gitoc || e.target.key === gitoc)
      .map((e: any) => [e.source.key === gitoc ? e.target.key : e.source.key, e.weight])
      .sort();
    const fromPartners = data.organization.partners.map((p: any) => [p.organization.key, p.sharedEventCount]).sort();
    expect(fromPartners.length).toBeGreaterThan(0);
    expect(fromNetwork).toEqual(fromPartners);
  });

  it('when the network is asked without edge sessions, then the same edges answer, in the same order', async () => {
    const ends = 'source { key } target { key } weight';
    const without = await api.data(`{ partnershipNetwork(sessions: [10, 12]) { edges { ${ends} } } }`);
    const withSessions = await api.data(`{ partnershipNetwork(sessions: [10, 12]) { edges { ${ends} sessions } } }`);
    const edges = withSessions.partnershipNetwork.edges as {
      sessions: number[];
      weight: number;
      source: unknown;
      target: unknown;
    }[];
    expect(edges.length).toBeGreaterThan(50);
    expect(edges.map(({ source, target, weight }) => ({ source, target, weight }))).toEqual(
      without.partnershipNetwork.edges,
    );
    // Those asked for sessions get them: one or both sessions, never more than the shared events.
    for (const e of edges) {
      expect(e.sessions.length).toBeGreaterThan(0);
      expect(e.sessions.every((n) => n === 10 || n === 12)).toBe(true);
      expect(e.sessions.length).toBeLessThanOrEqual(e.weight);
    }
    expect(edges.some((e) => e.sessions.length === 2)).toBe(true);
  });

  it('when the network topic is unknown, then BAD_USER_INPUT names the topic argument', async () => {
    const body = await api.query('{ partnershipNetwork(topic: "astrology") { edges { weight } } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'topic' });
  });
});

describe('trend', () => {
  it('when any topic trend is read, then it lists only the sessions that have a programme, never a 0 for the others', async () => {
    const { topics, sessions } = await api.data(
      '{ topics { key trend { session { number } eventCount } } sessions { nodes { number } } }',
    );
    expect(sessions.nodes.map((s: any) => s.number)).toContain(7); // known from "UNTOC at 20", no programme
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) expect(topic.trend.map((p: any) => p.session.number)).toEqual([6, 10, 12]);
    const firearms = topics.find((t: any) => t.key === 'FIREARMS');
    expect(firearms.trend.find((p: any) => p.session.number === 6).eventCount).toBeGreaterThanOrEqual(2);
  });
});
