// Every real organizer line of tests/fixtures/organizer-lines/ (copied from UN programmes and side-event
// reports, see each line's source) read by the grammar and the resolver into the labelled leads and partners.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitOrganizedBy } from '../../../ingest/parse/organizer-list.js';
import { ORGANIZED_BY } from '../../../ingest/parse/programme-side-event.js';
import { joinLines } from '../../../ingest/parse/text.js';
import { createOrganizationResolver } from '../../../src/domain/organizations.js';

interface RealLine {
  source: string;
  text: string;
  family: string;
  leads: string[];
  partners: string[];
  problems?: number;
  head?: string;
}

const fixture = new URL('../../fixtures/organizer-lines/real-organizer-lines.json', import.meta.url);
const lines: RealLine[] = JSON.parse(readFileSync(fixture, 'utf8')).lines;
const resolver = createOrganizationResolver();

/** The organizer text after its head ("Organized by", "Co-Hosted by", …), as the layout parsers cut it. */
export function organizerText(line: RealLine): string {
  const by = ORGANIZED_BY.exec(line.text);
  if (by !== null) return line.text.slice(by.index + by[0].length);
  if (line.head !== undefined) return line.text.slice(line.text.indexOf(line.head) + line.head.length);
  return line.text;
}

const keys = (names: string[]) => names.map((n) => resolver.resolve(n).key).sort();

describe('the organizer grammar on real organizer lines', () => {
  it('when the fixture is loaded, then it holds at least 40 lines, each with its source address', () => {
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(lines.every((l) => /^https?:\/\//.test(l.source))).toBe(true);
  });

  it.each(lines.map((l) => [l.text.slice(0, 90), l] as const))(
    'when the line reads "%s…", then it parses as labelled',
    (_, line) => {
      const split = splitOrganizedBy(joinLines([{ text: organizerText(line), line: 1 }]), 'real.txt');
      expect({
        leads: keys(split.organizers.map((m) => m.text)),
        partners: keys(split.partners.map((m) => m.text)),
        problems: split.problems.length,
      }).toEqual({ leads: keys(line.leads), partners: keys(line.partners), problems: line.problems ?? 0 });
    },
  );
});
