// Which Event properties a partners query asks Neo4j for: exactly what the selection reads (issue 12).
import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { eventPropertiesUnder, networkReadsEdgeSessions } from '../../src/schema/projection.js';

/** The `partners` field node of `{ organization { partners … } }`, with the document's fragments. */
function partnersField(document: string) {
  const ast = parse(document);
  const operation = ast.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const organization = operation.selectionSet.selections[0] as FieldNode;
  const partners = organization.selectionSet!.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    ast.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [partners], fragments };
}

describe('eventPropertiesUnder', () => {
  it('when only titles are read, then only the title is fetched', () => {
    const info = partnersField('{ organization(name: "x") { partners { events { title } } } }');
    expect(eventPropertiesUnder(info, 'events')).toEqual(['title']);
  });

  it('when fields that follow the event are read, then its id (and session) come along', () => {
    const info = partnersField(
      '{ organization(name: "x") { partners { events { organizers { role } session { number } } } } }',
    );
    expect(eventPropertiesUnder(info, 'events')).toEqual(['id', 'session']);
  });

  it('when the source is read, then the file, line and page are fetched', () => {
    const info = partnersField('{ organization(name: "x") { partners { events { source { line page } } } } }');
    expect(eventPropertiesUnder(info, 'events')).toEqual(['sourceFile', 'sourceLine', 'sourcePage']);
  });

  it('when fragments are used, then their fields count; an unknown fragment fetches whole records', () => {
    const known = partnersField(
      '{ organization(name: "x") { partners { events { ...E } } } } fragment E on Event { date kind }',
    );
    expect(eventPropertiesUnder(known, 'events')).toEqual(['date', 'kind']);
    const unknown = partnersField('{ organization(name: "x") { partners { events { ...Missing } } } }');
    expect(eventPropertiesUnder(unknown, 'events')).toBeNull();
  });
});

/** The `partnershipNetwork` field node of a document, with its fragments. */
function networkField(document: string) {
  const ast = parse(document);
  const operation = ast.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    ast.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('networkReadsEdgeSessions', () => {
  it('when only ends and weights are read, then the edges need no sessions', () => {
    const info = networkField(
      '{ partnershipNetwork { nodes { degree } edges { source { name } target { name } weight } } }',
    );
    expect(networkReadsEdgeSessions(info)).toBe(false);
  });

  it('when edge sessions are read, directly or in a fragment, then they are fetched', () => {
    expect(networkReadsEdgeSessions(networkField('{ partnershipNetwork { edges { weight sessions } } }'))).toBe(true);
    const viaFragment = networkField(
      '{ partnershipNetwork { edges { ...E } } } fragment E on NetworkEdge { weight sessions }',
    );
    expect(networkReadsEdgeSessions(viaFragment)).toBe(true);
  });

  it('when the selection cannot be told apart (unknown fragment, other fields), then sessions are fetched', () => {
    expect(networkReadsEdgeSessions(networkField('{ partnershipNetwork { edges { ...Missing } } }'))).toBe(true);
    expect(networkReadsEdgeSessions(networkField('{ partnershipNetwork { communities { size } } }'))).toBe(true);
  });
});
