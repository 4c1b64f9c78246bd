// Every root and relational field against the ingested corpus, and the round-trip budget of a deep query.
import { describe, expect, it } from 'vitest';
import { corpusGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const api = apiClient(graph);

describe('root fields', () => {
  it('when listing sessions page by page, then the order is stable and totalCount covers all pages', async () => {
    const first = await api.data(
      '{ sessions(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { number } } }',
    );
    expect(first.sessions.totalCount).toBe(11);
    expect(first.sessions.nodes.map((s: any) => s.number)).toEqual([1, 2, 3, 4]);
    const next = await api.data('query($after: String) { sessions(first: 4, after: $after) { nodes { number } } }', {
      after: first.sessions.pageInfo.endCursor,
    });
    expect(next.sessions.nodes.map((s: any) => s.number)).toEqual([5, 6, 7, 8]);
  });

  it('when fetching session 10 and its source, then the programme document and line cite it', async () => {
    const { session } = await api.data(
      '{ session(number: 10) { year city startDate endDate source { document line documentTitle } participants { person { name roles { relation session { number } organization { name } source { line } } } relation } } }',
    );
    expect(session).toMatchObject({ year: 2020, city: 'Vienna', startDate: '2020-10-12' });
    expect(session.source.document).toMatch(/\.txt$/);
    expect(session.source.documentTitle).toBeTruthy();
    expect(session.participants.length).toBeGreaterThan(0);
    expect(session.participants[0].person.roles.length).toBeGreaterThan(0);
  });

  it('when filtering events by session, dates, kind, topic, organization, role and text, then each filter holds', async () => {
    const all = await api.data('{ events(first: 1) { totalCount } }');
    const filtered = await api.data(`{
      bySession: events(filter: { sessions: [6] }, first: 200) { totalCount nodes { session { number } } }
      byDates: events(filter: { from: "2024-10-15", to: "2024-10-15" }, first: 200) { nodes { date } }
      byKind: events(filter: { kinds: [PLENARY] }, first: 200) { nodes { kind } }
      byTopic: events(filter: { topic: "firearms" }, first: 200) { totalCount nodes { topics { key } } }
      byOrg: events(filter: { organization: "the Government of Mexico", role: PARTNER }, first: 200) { nodes { organizers(role: PARTNER) { organization { iso3 } } } }
      byText: events(filter: { text: "wildlife" }, first: 200) { totalCount nodes { title description } }
    }`);
    expect(all.events.totalCount).toBeGreaterThan(100);
    expect(filtered.bySession.nodes.length).toBeGreaterThan(0);
    expect(filtered.bySession.nodes.every((e: any) => e.session.number === 6)).toBe(true);
    expect(filtered.bySession.totalCount).toBeLessThan(all.events.totalCount);
    expect(filtered.byDates.nodes.length).toBeGreaterThan(0);
    expect(filtered.byDates.nodes.every((e: any) => e.date === '2024-10-15')).toBe(true);
    expect(filtered.byKind.nodes.length).toBeGreaterThan(0);
    expect(filtered.byKind.nodes.every((e: any) => e.kind === 'PLENARY')).toBe(true);
    expect(filtered.byTopic.totalCount).toBeGreaterThan(0);
    expect(filtered.byTopic.nodes.length).toBeGreaterThan(0);
    expect(filtered.byTopic.nodes.every((e: any) => e.topics.some((t: any) => t.key === 'FIREARMS'))).toBe(true);
    expect(filtered.byOrg.nodes.length).toBeGreaterThan(0);
    expect(filtered.byOrg.nodes.every((e: any) => e.organizers.some((o: any) => o.organization.iso3 === 'MEX'))).toBe(
      true,
    );
    expect(filtered.byText.totalCount).toBeGreaterThan(0);
    for (const e of filtered.byText.nodes)
      expect(`${e.title} ${e.description ?? ''}`.toLowerCase()).toContain('wildlife');
  });

  it('when paging events, then pages do not overlap and follow programme order', async () => {
    const a = await api.data('{ events(first: 5) { pageInfo { endCursor hasNextPage } nodes { key date } } }');
    const b = await api.data('query($c: String) { events(first: 5, after: $c) { nodes { key date } } }', {
      c: a.events.pageInfo.endCursor,
    });
    const keys = [...a.events.nodes, ...b.events.nodes].map((e: any) => e.key);
    expect(new Set(keys).size).toBe(10);
    const dates = [...a.events.nodes, ...b.events.nodes].map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('when filtering organizations by kind, name and session, then each filter holds', async () => {
    const data = await api.data(`{
      states: organizations(filter: { kinds: [STATE], sessions: [10] }, first: 200) { totalCount nodes { kind iso3 } }
      named: organizations(filter: { name: "global initiative" }) { nodes { name } }
    }`);
    expect(data.states.totalCount).toBeGreaterThan(5);
    expect(data.states.nodes).toHaveLength(data.states.totalCount);
    expect(data.states.nodes.every((o: any) => o.kind === 'STATE' && o.iso3)).toBe(true);
    expect(data.named.nodes.map((o: any) => o.name)).toContain(
      'Global Initiative against Transnational Organized Crime',
    );
  });

  it('when naming an organization by acronym, alias, short form or case, then the same node answers', async () => {
    const data = await api.data(`{
      a: organization(name: "GI-TOC") { key }
      b: organization(name: "gi-toc") { key }
      c: organization(name: "Global Initiative against Transnational Organized Crime") { key }
      uk: organization(name: "UK") { name iso3 }
      mx: organization(name: "the Government of Mexico") { name iso3 kind }
    }`);
    expect(data.a.key).toBe(data.b.key);
    expect(data.a.key).toBe(data.c.key);
    expect(data.uk).toEqual({ name: 'United Kingdom', iso3: 'GBR' });
    expect(data.mx).toEqual({ name: 'Mexico', iso3: 'MEX', kind: 'STATE' });
  });

  it('when listing topics, instruments and working groups, then each links to the others', async () => {
    const data = await api.data(`{
      topics { key name instruments { key } events(first: 2) { totalCount } }
      topic(name: "CYBERCRIME") { name }
      instruments { key topics { key } workingGroups { key } events(first: 1) { totalCount } partyStatuses { asOf } source { document } }
      instrument(key: "tip_protocol") { parties(asOf: "2020-10-09") { parties } early: parties(asOf: "2001-01-01") { parties } }
      workingGroups { key name source { line } instruments { key } meetings { totalCount nodes { session { number } } } }
    }`);
    expect(data.topics.length).toBeGreaterThan(20);
    expect(data.topic.name).toBe('Cybercrime');
    expect(data.instruments.find((i: any) => i.key === 'FIREARMS_PROTOCOL').topics.map((t: any) => t.key)).toContain(
      'FIREARMS',
    );
    expect(data.instruments.some((i: any) => i.events.totalCount > 0)).toBe(true);
    expect(data.instrument.parties.parties).toBe(178);
    expect(data.instrument.early).toBeNull();
    expect(data.workingGroups.some((w: any) => w.meetings.totalCount > 0)).toBe(true);
    expect(data.workingGroups.find((w: any) => w.key === 'WG_FIREARMS').instruments.map((i: any) => i.key)).toEqual([
      'FIREARMS_PROTOCOL',
    ]);
  });

  it('when resolving a global id with node(id:), then the same object comes back', async () => {
    const { organization } = await api.data('{ organization(name: "UNODC") { id name } }');
    const { node } = await api.data('query($id: ID!) { node(id: $id) { __typename ... on Organization { name } } }', {
      id: organization.id,
    });
    expect(node).toEqual({ __typename: 'Organization', name: organization.name });
    const { session } = await api.data('{ session(number: 12) { id } }');
    const { nodes } = await api.data('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Session { number } } }', {
      ids: [session.id],
    });
    expect(nodes).toEqual([{ number: 12 }]);
  });
});

describe('relational fields', () => {
  it('when reading an event, then its organizers, topics, venue, agenda items and working groups are reachable with sources', async () => {
    const { events } = await api.data(`{ events(filter: { kinds: [PLENARY] }, first: 50) { nodes {
      session { number } venue { name events(first: 1) { totalCount } } source { document line }
      agendaItems { key number session { number } events { key } source { line } } organizers { role } } } }`);
    const withItems = events.nodes.find((e: any) => e.agendaItems.length > 0);
    expect(withItems.agendaItems[0].events.length).toBeGreaterThan(0);
    expect(withItems.source.line).toBeGreaterThan(0);
    const meetings = await api.data(
      '{ events(filter: { kinds: [WORKING_GROUP_MEETING] }) { nodes { workingGroups { key } } } }',
    );
    expect(meetings.events.nodes.some((e: any) => e.workingGroups.length > 0)).toBe(true);
  });

  it('when asking GI-TOC for its events by role and session, mentions, parent, units and partners, then each answers', async () => {
    const { organization } = await api.data(`{ organization(name: "GI-TOC") {
      lead: events(role: LEAD) { totalCount }
      partner: events(role: PARTNER, sessions: [12]) { totalCount nodes { session { number } } }
      all: events { totalCount }
      mentions(role: PARTNER) { role nameAsWritten source { document line } event { title } }
      parent { name } units { name }
      partners(minSharedEvents: 3) { organization { name } sharedEventCount }
      statesIn10: partners(kind: STATE, sessions: [10]) { organization { name } sessions { number } }
    } }`);
    expect(organization.lead.totalCount + organization.partner.totalCount).toBeGreaterThan(0);
    expect(organization.all.totalCount).toBeGreaterThanOrEqual(organization.partner.totalCount);
    expect(organization.partner.nodes.length).toBeGreaterThan(0);
    expect(organization.partner.nodes.every((e: any) => e.session.number === 12)).toBe(true);
    expect(organization.mentions.length).toBeGreaterThan(0);
    expect(organization.mentions.every((m: any) => m.role === 'PARTNER' && m.source.line > 0)).toBe(true);
    expect(organization.partners.length).toBeGreaterThan(0);
    expect(organization.partners.every((p: any) => p.sharedEventCount >= 3)).toBe(true);
    const names = organization.statesIn10.map((p: any) => p.organization.name);
    expect(names).toEqual(expect.arrayContaining(['Mexico', 'United Kingdom']));
    expect(organization.statesIn10.length).toBeGreaterThan(0);
    expect(
      organization.statesIn10.every((p: any) => p.sessions.length > 0 && p.sessions.every((s: any) => s.number === 10)),
    ).toBe(true);
  });

  it('when reading a UNODC unit, then its parent chain leads to UNODC', async () => {
    const { organization } = await api.data('{ organization(name: "UNODC") { key units { key parent { key } } } }');
    expect(organization.units.length).toBeGreaterThan(0);
    expect(organization.units.every((u: any) => u.parent.key === organization.key)).toBe(true);
  });

  it('when ranking session organizations by kind, then only that kind is listed, at most `first`', async () => {
    const { session } = await api.data(
      '{ session(number: 12) { topOrganizations(first: 3, kind: STATE) { organization { kind } } events(kind: SIDE_EVENT, first: 2) { totalCount nodes { kind } } } }',
    );
    expect(session.topOrganizations).toHaveLength(3);
    expect(session.topOrganizations.every((o: any) => o.organization.kind === 'STATE')).toBe(true);
    expect(session.events.nodes).toHaveLength(Math.min(2, session.events.totalCount));
    expect(session.events.totalCount).toBeGreaterThan(0);
    expect(session.events.nodes.every((e: any) => e.kind === 'SIDE_EVENT')).toBe(true);
  });

  it('when the network is restricted to States with two shared events, then both ends are States', async () => {
    const { partnershipNetwork } = await api.data(
      '{ partnershipNetwork(kinds: [STATE], minSharedEvents: 2) { nodes { organization { kind } } edges { source { kind } target { kind } weight } } }',
    );
    expect(partnershipNetwork.edges.length).toBeGreaterThan(0);
    expect(
      partnershipNetwork.edges.every(
        (e: any) => e.source.kind === 'STATE' && e.target.kind === 'STATE' && e.weight >= 2,
      ),
    ).toBe(true);
  });

  it('when two organizations are not linked within maxHops, then connectionPath is null; the same one gives zero hops', async () => {
    const data = await api.data(`{
      near: connectionPath(from: "Wildlife Justice Commission", to: "UNODC", maxHops: 1) { hops }
      same: connectionPath(from: "UK", to: "United Kingdom") { hops organizations { name } links { from { name } } }
    }`);
    expect(data.near).toBeNull();
    expect(data.same).toEqual({ hops: 0, organizations: [{ name: 'United Kingdom' }], links: [] });
  });

  it('when searching with Lucene operators in the text, then they are taken literally', async () => {
    const { search } = await api.data(
      '{ search(text: "GI-TOC (\\"global\\" AND initiative*") { organizations { organization { acronym } } } }',
    );
    expect(search.organizations.map((h: any) => h.organization.acronym)).toContain('GI-TOC');
  });
});

describe('round trips', () => {
  it('when a query walks sessions → events → organizers → partners → sessions, then Neo4j is asked a constant few times', async () => {
    const query = `{ sessions { nodes { number events(first: 200) { nodes { title organizers { organization { name
      partners { organization { name } sessions { number } events { title } } } } topics { name } } } } } }`;
    const before = graph.queryCount;
    const data = await api.data(query);
    const trips = graph.queryCount - before;
    const events = data.sessions.nodes.flatMap((s: any) => s.events.nodes);
    const organizations = new Set(events.flatMap((e: any) => e.organizers.map((o: any) => o.organization.name)));
    expect(events.length).toBeGreaterThan(100);
    expect(organizations.size).toBeGreaterThan(50);
    // sessions, their events, organizers, topics, partners, partners' sessions: one query per level.
    expect(trips).toBeLessThanOrEqual(7);
  });

  it('when the flagship question is asked, then it takes at most four queries', async () => {
    const before = graph.queryCount;
    await api.data(
      '{ organization(name: "GI-TOC") { partners(kind: STATE) { organization { name iso3 } sessions { number year } events { title } } } }',
    );
    expect(graph.queryCount - before).toBeLessThanOrEqual(4);
  });
});
