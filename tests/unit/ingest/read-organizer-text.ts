// Test helper: one organizer text through the grammar (splitOrganizedBy), as a line 1 of a made-up file.
import { splitOrganizedBy } from '../../../ingest/parse/organizer-list.js';
import { joinLines } from '../../../ingest/parse/text.js';
import { createOrganizationResolver } from '../../../src/domain/organizations.js';

const resolver = createOrganizationResolver();

/** The key the resolver gives a mention's text. */
export const keyOf = (text: string): string => resolver.resolve(text).key;

/** Leads and partners as sorted organization keys, and the number of problems reported. */
export function readKeys(text: string) {
  const split = splitOrganizedBy(joinLines([{ text, line: 1 }]), 'rules.txt');
  return {
    leads: split.organizers.map((m) => keyOf(m.text)).sort(),
    partners: split.partners.map((m) => keyOf(m.text)).sort(),
    problems: split.problems.length,
  };
}
