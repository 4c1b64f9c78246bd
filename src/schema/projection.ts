// Which Event properties a field's selection needs, so a loader returns only those (P1/P2 of issue 12: the
// shared events of a partnership are most of its bytes, and most questions read a title or a date).
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

/**
 * The Event properties read under `child` of the current field (e.g. `events` under `partners`), nothing more
 * (the flagship's `events { title }` reads one property of thousands of events at scale); null when a
 * selection cannot be told apart (then the whole record is fetched).
 */
export function eventPropertiesUnder(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  child: string,
): string[] | null {
  const wanted = new Set<string>();
  let known = true;
  const visit = (set: SelectionSetNode | undefined, into: (field: FieldNode) => void) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) into(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, into);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, into);
        else known = false;
      }
    }
  };
  for (const node of info.fieldNodes) {
    visit(node.selectionSet, (field) => {
      if (field.name.value !== child) return;
      visit(field.selectionSet, (eventField) => {
        const properties = EVENT_PROPERTIES[eventField.name.value];
        if (properties === undefined) known = false;
        else properties.forEach((p) => wanted.add(p));
      });
    });
  }
  return known ? [...wanted].sort() : null;
}
