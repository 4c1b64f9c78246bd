// Which record properties a field's selection needs, so a loader returns only those (P1/P2 of issue 12: the
// shared events of a partnership are most of its bytes, and most questions read a title or a date; a partner's
// aliases are most of the rest).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Event field → the record properties its resolver reads (src/schema/event.ts). */
const EVENT_PROPERTIES: Record<string, readonly string[]> = {
  __typename: [],
  id: ['id'],
  key: ['id'],
  kind: ['kind'],
  title: ['title'],
  description: ['description'],
  date: ['date'],
  start: ['start'],
  end: ['end'],
  online: ['online'],
  session: ['id', 'session'],
  venue: ['venue'],
  source: ['sourceFile', 'sourceLine', 'sourcePage'],
  // Their loaders are keyed by the event's id.
  organizers: ['id'],
  topics: ['id'],
  agendaItems: ['id'],
  workingGroups: ['id'],
};

/** Organization field → the record properties its resolver reads (src/schema/organization.ts). */
const ORGANIZATION_PROPERTIES: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  key: [],
  name: ['name'],
  kind: ['kind'],
  iso3: ['iso3'],
  acronym: ['acronym'],
  code: ['code'],
  aliases: ['aliases'],
  known: ['known'],
  // These follow the organization by its key, which every projection carries.
  parent: [],
  units: [],
  events: [],
  mentions: [],
  partners: [],
  timeline: [],
};

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * The Event properties read under `child` of the current field (e.g. `events` under `partners`), nothing more
 * (the flagship's `events { title }` reads one property of thousands of events at scale); null when a
 * selection cannot be told apart (then the whole record is fetched).
 */
export const eventPropertiesUnder = (info: SelectionInfo, child: string): string[] | null =>
  propertiesUnder(info, child, EVENT_PROPERTIES, []);

/** The Organization properties read under `child` (e.g. `organization` under `partners`), always with `key`. */
export const organizationPropertiesUnder = (info: SelectionInfo, child: string): string[] | null =>
  propertiesUnder(info, child, ORGANIZATION_PROPERTIES, ['key']);

/**
 * Whether a partnershipNetwork selection reads the sessions of its edges: false only when it provably does not
 * (nothing but nodes, edges and __typename, and `sessions` not among the edge fields). Each edge's sessions are a
 * sort over its shared events in Cypher: a fifth of the network's query time at 100,000 events.
 */
export function networkReadsEdgeSessions(info: SelectionInfo): boolean {
  let reads = false;
  const visit = fieldVisitor(info, () => (reads = true));
  for (const node of info.fieldNodes) {
    visit(node.selectionSet, (field) => {
      const name = field.name.value;
      if (name === 'edges') visit(field.selectionSet, (edgeField) => (reads ||= edgeField.name.value === 'sessions'));
      else if (name !== 'nodes' && name !== '__typename') reads = true;
    });
  }
  return reads;
}

function propertiesUnder(
  info: SelectionInfo,
  child: string,
  table: Record<string, readonly string[]>,
  always: readonly string[],
): string[] | null {
  const wanted = new Set<string>(always);
  let known = true;
  const visit = fieldVisitor(info, () => (known = false));
  for (const node of info.fieldNodes) {
    visit(node.selectionSet, (field) => {
      if (field.name.value !== child) return;
      visit(field.selectionSet, (recordField) => {
        const properties = table[recordField.name.value];
        if (properties === undefined) known = false;
        else properties.forEach((p) => wanted.add(p));
      });
    });
  }
  return known ? [...wanted].sort() : null;
}

/** Calls `into` for each field of a selection set, through inline and named fragments; `unknown` for a missing fragment. */
function fieldVisitor(info: SelectionInfo, unknown: () => void) {
  const visit = (set: SelectionSetNode | undefined, into: (field: FieldNode) => void): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) into(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, into);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, into);
        else unknown();
      }
    }
  };
  return visit;
}
