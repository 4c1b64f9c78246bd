// The organizer rules of issue 13, rounds 14 and 15 (sessions 10 and 11), developed on the held-out-14 dev half (CSW,
// HLPF and OSCE side-event pages). Round 14: the sentence form of the Organizers field, "(co-)funded by", "the Permanent
// Delegations of A, B and C", a UN duty station as the previous name's address, and a lone "is"/"are" before a
// connector. Round 15: text the grammar drops after a verb that still names organizations is a warning, a field word
// alone is no organization, "the Co-chairs of X (A and B)" names A and B as the leads, and "Sponsors:" is a field.
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitOrganizedBy } from '../../../ingest/parse/organizer-list.js';
import { parseProgramme } from '../../../ingest/parse/programme.js';
import { joinLines } from '../../../ingest/parse/text.js';
import { readKeys as read } from './read-organizer-text.js';

describe('round 14: the sentence form of the Organizers field', () => {
  it('when a text opens "Organizers included …" or "Organizers are …", then the names after it lead', () => {
    expect(read('Organizers included the Widget Foundation; Permanent Mission of Chile to the United Nations')).toEqual(
      { leads: ['org:widget-foundation', 'state:CHL'], partners: [], problems: 0 },
    );
    expect(read('Organizers are the Sprocket Network and Norway')).toEqual({
      leads: ['org:sprocket-network', 'state:NOR'],
      partners: [],
      problems: 0,
    });
  });
});

describe('round 14: "(co-)funded by" and the auxiliary before it', () => {
  it('when "… and is co-funded by X" follows the list, then X is a partner and "is" is no name', () => {
    // Session 11: the name before "and is" is kept (the item was dropped whole before).
    expect(read('the Widget Foundation and is co-funded by the Gadget Council')).toEqual({
      leads: ['org:widget-foundation'],
      partners: ['org:gadget-council'],
      problems: 0,
    });
  });

  it('when a lone "is" is left between a States list and "co-funded by", then it is no name', () => {
    expect(
      read('Widget Foundation, co-sponsored by the Permanent Delegations of Norway and Peru and is funded by Chile'),
    ).toEqual({ leads: ['org:widget-foundation'], partners: ['state:CHL', 'state:NOR', 'state:PER'], problems: 0 });
  });

  it('when the text says "funded by", then the funder is a partner', () => {
    expect(read('the Sprocket Network, funded by Denmark')).toEqual({
      leads: ['org:sprocket-network'],
      partners: ['state:DNK'],
      problems: 0,
    });
  });
});

describe('round 14: the Permanent Delegations of A, B, and C', () => {
  it('when the plural names several States, then each is one mention of its State', () => {
    expect(read('co-sponsored by the Permanent Delegations of Norway, Sweden, and Peru to the OSCE')).toEqual({
      leads: [],
      partners: ['state:NOR', 'state:PER', 'state:SWE'],
      problems: 0,
    });
  });
});

describe('round 14: a UN duty station in a comma item', () => {
  it('when a comma item is only a duty station, then it is the previous name’s address, no organization', () => {
    expect(read('Organizers included the Gadget Office at the United Nations, Geneva; the Widget Foundation')).toEqual({
      leads: ['org:gadget-office-at-the-united-nations', 'org:widget-foundation'],
      partners: [],
      problems: 0,
    });
  });
});

describe('round 15: dropped text that names organizations is a warning', () => {
  it('when a verb-like typo hides a list of names, then the dropped text is reported with its file:line', () => {
    const split = splitOrganizedBy(
      joinLines([
        { text: 'Widgets sincluded the Gadget Council,', line: 41 },
        { text: 'Albania, Peru and the Sprocket Network', line: 42 },
      ]),
      'page.txt',
    );
    expect(split.organizers.map((m) => m.text)).toEqual(['Widgets']);
    expect(split.problems).toEqual([
      {
        message: expect.stringContaining('"sincluded the Gadget Council, Albania, Peru and the Sprocket Network"'),
        source: { file: 'page.txt', line: 41 },
      },
    ]);
  });

  it('when the dropped text is prose, a single object or names reached through a noun, then there is no warning', () => {
    // One object after the verb; a title's topics without head nouns; speakers (another role) from named bodies.
    expect(read('Organized by the Widget Foundation will discuss the Gadget Declaration of Rights').problems).toBe(0);
    expect(read('UNODC organized a side event on Smuggling of Migrants, Trafficking in Persons and Firearms')).toEqual({
      leads: ['org:united-nations-office-on-drugs-and-crime'],
      partners: [],
      problems: 0,
    });
    expect(
      read('hosted by Chile and feature speakers from the Gadget Council, the Sprocket Network and Peru').problems,
    ).toBe(0);
  });

  it('when a programme row’s organizer text drops names, then the warning reaches the programme with file:line', () => {
    const text = readFileSync(new URL('./fixtures/seventh-session-tab-rows.txt', import.meta.url), 'utf8').replace(
      'Organized by Sylvania\tCR2',
      'Organized by Sylvania sincluded the Gadget Council, Peru and the Widget Foundation\tCR2',
    );
    const line = text.split('\n').findIndex((l) => l.includes('sincluded')) + 1;
    const p = parseProgramme('seventh.txt', text);
    expect(p.warnings).toEqual([
      {
        message: expect.stringContaining('"sincluded the Gadget Council, Peru and the Widget Foundation"'),
        source: { file: 'seventh.txt', line },
      },
    ]);
  });
});

describe('round 15: a field word alone is no organization', () => {
  it('when the only mention is "Organizer", "Co-organizers" or "Sponsors", then nothing is read and it is reported', () => {
    for (const word of ['Organizer', 'Co-organizers', 'Sponsors', 'the Organisers'])
      expect(read(word)).toEqual({ leads: [], partners: [], problems: 1 });
  });

  it('when a field word stands beside names, then the names are kept and the field word is reported', () => {
    expect(read('Co-organizers, the Widget Foundation and Peru')).toEqual({
      leads: ['org:widget-foundation', 'state:PER'],
      partners: [],
      problems: 1,
    });
  });

  it('when a name only contains such a word, then it is a name', () => {
    expect(read('the Organizers Network')).toEqual({ leads: ['org:organizers-network'], partners: [], problems: 0 });
  });
});

describe('round 15: "Sponsors:" is a field', () => {
  it('when a text says "Sponsors: A, B" after its organizers, then A and B are partners', () => {
    expect(read('Organized by the Widget Foundation. Sponsors: Norway, the Gadget Council')).toEqual({
      leads: ['org:widget-foundation'],
      partners: ['org:gadget-council', 'state:NOR'],
      problems: 0,
    });
  });
});

describe('round 15: the co-chairs of X named in a bracket', () => {
  it('when "the Co-chairs of X (A and B)" opens the list, then A and B lead and X is no organizer', () => {
    expect(
      read(
        'The Co-chairs of the Group of Friends of Widgets (the Permanent Mission of Chile to the UN and the Permanent Mission of Kenya to the UN) and the Gadget Council',
      ),
    ).toEqual({ leads: ['org:gadget-council', 'state:CHL', 'state:KEN'], partners: [], problems: 0 });
  });

  it('when co-facilitators or a convener are named in a bracket, then the same holds', () => {
    expect(read('the co-facilitators of the Widget Dialogue (Norway, Peru), with the Sprocket Network')).toEqual({
      leads: ['state:NOR', 'state:PER'],
      partners: ['org:sprocket-network'],
      problems: 0,
    });
    expect(read('the Convener of the Gadget Process (Chile)').leads).toEqual(['state:CHL']);
  });

  it('when the bracket is X’s acronym or names no body, then X stays the organizer', () => {
    expect(read('the Co-Chairs of the Widget Process (WP)').leads).toEqual(['org:widget-process']);
    expect(read('the Co-Chairs of the Widget Process').leads).toEqual(['org:widget-process']);
  });
});
