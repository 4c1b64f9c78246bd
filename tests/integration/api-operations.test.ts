// The saved example operations (operations/*.graphql, also GraphiQL's tabs) run against the ingested
// corpus, each with an assertion on what a researcher would read off the answer.
import { describe, expect, it } from 'vitest';
import { exampleOperations } from '../../src/operations.js';
import { corpusGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const api = apiClient(graph);
const operations = new Map(exampleOperations().map((op) => [op.name, op.document]));
const run = (name: string) => {
  const document = operations.get(name);
  if (!document) throw new Error(`operations/${name}.graphql is missing`);
  return api.data(document);
};

describe('saved operations', () => {
  it('when GraphiQL opens, then it offers every saved operation (at least the flagship and eight others)', async () => {
    expect(operations.size).toBeGreaterThanOrEqual(9);
    const page = await api.yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('GitocStatePartners');
    expect(html).toContain('ProtocolsAndParties');
  });

  it("when asking for GI-TOC's State partners, then Mexico and the United Kingdom share session 10 events", async () => {
    const { organization } = await run('01-flagship-gitoc-state-partners');
    expect(organization.name).toBe('Global Initiative against Transnational Organized Crime');
    const partner = (name: string) => organization.partners.find((p: any) => p.organization.name === name);
    for (const name of ['Mexico', 'United Kingdom']) {
      expect(partner(name).sessions.map((s: any) => s.number)).toContain(10);
      expect(partner(name).events.length).toBeGreaterThan(0);
    }
    expect(partner('Mexico').organization.iso3).toBe('MEX');
    expect(organization.partners.every((p: any) => p.organization.iso3)).toBe(true);
    const counts = organization.partners.map((p: any) => p.events.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("when following a topic's trend, then only the sessions with a programme appear, each with its count", async () => {
    const { topic } = await run('02-topic-trend');
    expect(topic.key).toBe('TRAFFICKING_IN_PERSONS');
    // Programmes of sessions 6, 10 and 12 are in the corpus; the others are known from "UNTOC at 20" only, and
    // a count of 0 there would claim "no event on trafficking at COP7" (issue 9).
    expect(topic.trend.map((p: any) => p.session.number)).toEqual([6, 10, 12]);
    const byNumber = Object.fromEntries(topic.trend.map((p: any) => [p.session.number, p.eventCount]));
    expect(byNumber[12]).toBeGreaterThan(0);
    expect(byNumber[10]).toBeGreaterThan(0);
  });

  it("when reading UNODC's timeline, then each session counts lead and partner events that add up", async () => {
    const { organization } = await run('03-organization-timeline');
    expect(organization.timeline.length).toBeGreaterThan(0);
    for (const point of organization.timeline) {
      expect(point.total).toBeGreaterThan(0);
      expect(point.total).toBeLessThanOrEqual(point.asLead + point.asPartner);
    }
  });

  it("when drawing session 12's partnership network, then GI-TOC is a hub and edges meet minSharedEvents", async () => {
    const { partnershipNetwork } = await run('04-session-partnership-network');
    expect(partnershipNetwork.edges.length).toBeGreaterThan(5);
    expect(partnershipNetwork.edges.every((e: any) => e.weight >= 2 && e.sessions.includes(12))).toBe(true);
    const names = partnershipNetwork.nodes.slice(0, 3).map((n: any) => n.organization.name);
    expect(names).toContain('Global Initiative against Transnational Organized Crime');
  });

  it("when listing UNODC's units, then programmes with codes appear and some units have partners", async () => {
    const { organization } = await run('05-unodc-units-and-partners');
    expect(organization.units.length).toBeGreaterThan(5);
    expect(organization.units.some((u: any) => u.code === 'GLOZ72')).toBe(true);
    expect(organization.units.some((u: any) => u.partners.length > 0)).toBe(true);
  });

  it('when asking how two organizations connect, then consecutive organizations share the listed events', async () => {
    const { connectionPath } = await run('06-connection-path');
    expect(connectionPath.hops).toBe(connectionPath.organizations.length - 1);
    expect(connectionPath.hops).toBeGreaterThanOrEqual(1);
    expect(connectionPath.hops).toBeLessThanOrEqual(4);
    expect(connectionPath.organizations[0].name).toBe('Wildlife Justice Commission');
    expect(connectionPath.organizations.at(-1).name).toBe('United Nations Office on Drugs and Crime');
    expect(connectionPath.links).toHaveLength(connectionPath.hops);
    expect(connectionPath.links.every((l: any) => l.events.length > 0)).toBe(true);
  });

  it('when searching "firearms trafficking", then firearms events and the Firearms Trafficking Section rank high', async () => {
    const { search } = await run('07-full-text-search');
    expect(search.events.length).toBeGreaterThan(0);
    expect(search.events[0].event.title.toLowerCase()).toContain('firearms');
    expect(search.events[0].event.source.line).toBeGreaterThan(0);
    expect(search.organizations.map((h: any) => h.organization.name)).toContain('Firearms Trafficking Section');
  });

  it("when reading session 10's agenda, then items come in number order with their source lines and plenaries", async () => {
    const { session } = await run('08-session-agenda');
    expect(session.agenda[0].number).toBe('1 (a)');
    expect(session.agenda[0].title).toBe('Opening of the session');
    expect(session.agenda[0].source.line).toBeGreaterThan(0);
    expect(session.agenda.some((a: any) => a.events.some((e: any) => e.kind === 'PLENARY'))).toBe(true);
  });

  it('when listing the Protocols with their parties, then the Firearms Protocol had more than 100 parties on 2020-10-09', async () => {
    const { instruments } = await run('09-protocols-and-parties');
    expect(instruments.map((i: any) => i.key)[0]).toBe('UNTOC');
    expect(instruments).toHaveLength(4);
    const firearms = instruments.find((i: any) => i.key === 'FIREARMS_PROTOCOL');
    expect(firearms.parties.asOf).toBe('2020-10-09');
    expect(firearms.parties.parties).toBeGreaterThan(100);
    expect(firearms.parties.source.document).toMatch(/\.txt$/);
    const untoc = instruments.find((i: any) => i.key === 'UNTOC');
    expect(untoc.parties.parties).toBe(190);
  });

  it('when summarising session 12, then the top organizations are in descending order of events', async () => {
    const { session } = await run('10-session-top-organizations-and-topics');
    const counts = session.topOrganizations.map((o: any) => o.eventCount);
    expect(counts).toHaveLength(5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(session.topics[0].eventCount).toBeGreaterThan(0);
    expect(session.events.totalCount).toBeGreaterThan(session.events.nodes.length);
  });

  it('when filtering side events the UK led in session 10, then each one names the UK as lead organizer', async () => {
    const { events } = await run('11-events-filter');
    expect(events.totalCount).toBeGreaterThan(0);
    for (const event of events.nodes) {
      expect(event.organizers.some((o: any) => o.role === 'LEAD' && o.organization.name === 'United Kingdom')).toBe(
        true,
      );
      expect(event.date.startsWith('2020-10')).toBe(true);
    }
  });
});
