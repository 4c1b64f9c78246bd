// P4: Cypher round trips per request ≤ the query's depth + 1, whatever the list sizes. Every loader batch is
// one query over all the requests of a tick (cypher/read/*: UNWIND $requests), whatever their arguments.
import { Kind, parse, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleOperations } from '../../src/operations.js';
import { corpusGraph } from '../setup/graph.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const api = apiClient(graph);

/** Depth as graphql-armor counts it: nested field selections, fragments followed. */
function depthOf(document: string): number {
  const ast = parse(document);
  const fragments = new Map(
    ast.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet]] : [])),
  );
  const depth = (set: SelectionSetNode | undefined): number =>
    set === undefined
      ? 0
      : Math.max(
          0,
          ...set.selections.map((s) =>
            s.kind === Kind.FIELD
              ? 1 + depth(s.selectionSet)
              : s.kind === Kind.INLINE_FRAGMENT
                ? depth(s.selectionSet)
                : depth(fragments.get(s.name.value)),
          ),
        );
  return Math.max(...ast.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? depth(d.selectionSet) : 0)));
}

async function tripsOf(query: string): Promise<number> {
  const before = graph.queryCount;
  await api.data(query);
  return graph.queryCount - before;
}

describe('round trips per request', () => {
  it.each(exampleOperations().map((op) => [op.name, op.document]))(
    'when the saved operation %s runs, then it takes at most depth + 1 queries',
    async (_name, document) => {
      expect(await tripsOf(document)).toBeLessThanOrEqual(depthOf(document) + 1);
    },
  );

  it('when aliases ask one field with different arguments on many parents, then one query serves each level', async () => {
    const query = `{ sessions { nodes {
      a: events(first: 200) { nodes { organizers { role } lead: organizers(role: LEAD) { role } } }
      b: events(kind: SIDE_EVENT, first: 3) { totalCount }
      c: events(kind: PLENARY, last: 2) { totalCount }
      topOrganizations(first: 2) { eventCount } states: topOrganizations(kind: STATE) { eventCount } } } }`;
    // sessions page; every events(...) of every session; every organizers(...) of every event;
    // every topOrganizations(...) of every session: four queries for hundreds of parents.
    expect(await tripsOf(query)).toBe(4);
  });

  it('when partners are asked with several argument sets under many organizations, then the partnership queries do not grow with them', async () => {
    const query = `{ organizations(first: 100) { nodes {
      all: partners { sharedEventCount } states: partners(kind: STATE, sessions: [10, 12]) { sharedEventCount }
      firearms: partners(topic: "firearms", includeUnits: true) { sharedEventCount } } } }`;
    // The organizations page; then the topic lookup beside one partnerships batch for every organization's
    // `all` and `states`; then one batch for every `firearms`, which waited for the topic's key.
    expect(await tripsOf(query)).toBe(4);
  });

  it("when the flagship asks a known organization's partners, then one query answers it, anchor included", async () => {
    const flagship = `{ organization(name: "GI-TOC") { name partners(kind: STATE) {
      organization { name iso3 } sessions { number year } events { title } } } }`;
    expect(await tripsOf(flagship)).toBe(1);
    const answer = await api.data<{ organization: { name: string; partners: unknown[] } }>(flagship);
    expect(answer.organization.name).toBe('Global Initiative against Transnational Organized Crime');
    expect(answer.organization.partners.length).toBeGreaterThan(10);
  });

  it('when the organization has no partner of the kind asked, then a second query still finds the organization', async () => {
    const query = `{ organization(name: "GI-TOC") { name partners(kind: ACADEMIC, sessions: [6]) { sharedEventCount } } }`;
    expect(await tripsOf(query)).toBe(2);
    const answer = await api.data<{ organization: { name: string; partners: unknown[] } }>(query);
    expect(answer.organization).toEqual({
      name: 'Global Initiative against Transnational Organized Crime',
      partners: [],
    });
  });

  it('when the depth-limit query of the old suite walks sessions → events → organizers → partners, then it stays within depth + 1', async () => {
    const query = `{ sessions { nodes { number events(first: 200) { nodes { title organizers { organization { name
      partners { organization { name } sessions { number } events { title } } } } topics { name } } } } } }`;
    expect(await tripsOf(query)).toBeLessThanOrEqual(depthOf(query) + 1);
    expect(await tripsOf(query)).toBe(5);
  });
});
