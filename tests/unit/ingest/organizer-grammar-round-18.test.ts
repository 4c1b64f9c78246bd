// The organizer rules of issue 13, round 18 (session 14), developed on the held-out-17 dev half (programme rows of the
// Summit of the Future side events, a Global Compact flyer, calendar notes, event pages and news items).
// Every line of held-out-17 itself is asserted in organizer-grammar-held-out-2.test.ts (its row of the table of sets).
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass.
import { describe, expect, it } from 'vitest';
import { lineOrganizerText } from '../../../ingest/parse/programme-side-event.js';
import { splitAcronymSuffix } from '../../../src/domain/normalize.js';
import { keyOf, readKeys as read } from './read-organizer-text.js';

describe('round 18: an acronym with lower-case function words in its bracket', () => {
  it('when the bracket holds capitalised tokens with "to/of/for/on/and" between them, then it is the acronym', () => {
    expect(splitAcronymSuffix('Widget Programme to End Sprocket Abuse (WP to END SA)')).toEqual({
      name: 'Widget Programme to End Sprocket Abuse',
      acronym: 'WP to END SA',
    });
    expect(read('Organized by the Widget Programme to End Sprocket Abuse (WP to END SA) and Peru')).toEqual({
      leads: ['org:widget-programme-to-end-sprocket-abuse', 'state:PER'],
      partners: [],
      problems: 0,
    });
  });

  it('when the bracket holds words in lower case, then it stays part of the name', () => {
    expect(splitAcronymSuffix('Widget Council (for the Gadget region)').acronym).toBeNull();
    expect(splitAcronymSuffix('Widget Council (WC and partners)').acronym).toBeNull();
  });
});

describe('round 18: catalogue entries met on held-out-17', () => {
  it('when the maritime centre is written "on Narcotics" with its acronym, then it is one IGO, not two names', () => {
    expect(
      read(
        'Organized by the Gadget Forum with the participation of the Maritime Analysis and Operations Centre on Narcotics (MAOC-N)',
      ),
    ).toEqual({ leads: ['org:gadget-forum'], partners: [keyOf('MAOC-N')], problems: 0 });
    expect(keyOf('CRIMJUST Programme')).toBe(keyOf('CRIMJUST'));
  });
});

// Round 19 (a later helper): the rules that read the rest of held-out-17, first its dev half, then (declared post-test
// fixes) its test half. Made-up names again; `line` reads a text as the accuracy bench reads a real line (its head cut
// off by lineOrganizerText).
const line = (text: string) => read(lineOrganizerText(text));

describe('round 19: openers, datelines and clauses around the organizers', () => {
  it('when an infinitive of purpose with "and <verb>" opens the text, then the missions after its comma still lead', () => {
    expect(
      line(
        'To celebrate Widget Day 2020 and renew their pledges to protecting gadgets, the Permanent Missions of Peru, Chile and Norway to the United Nations, in collaboration with the Gadget Forum gathered at the Sprocket Zoo.',
      ),
    ).toEqual({ leads: ['state:CHL', 'state:NOR', 'state:PER'], partners: ['org:gadget-forum'], problems: 0 });
  });

  it('when ", thus," follows a clause, then the subject after it is the organizer', () => {
    expect(
      line(
        'One of the main tasks of the Widget Institute (WI) is to promote gadget rules in Peru, thus, the Gadget Council in cooperation with the Sprocket Forum, hosted a workshop.',
      ),
    ).toEqual({ leads: ['org:gadget-council'], partners: ['org:sprocket-forum'], problems: 0 });
  });

  it('when a semicolon opens a lower-case clause, then the list ends there and the comma before a State separates', () => {
    expect(
      line(
        'The event co-sponsored by Peru with the participation of the Permanent Mission of Chile, Norway, and the Gadget Forum; explored gadget crimes committed at sea, possible preventive measures',
      ),
    ).toEqual({ leads: ['state:PER'], partners: ['org:gadget-forum', 'state:CHL', 'state:NOR'], problems: 0 });
  });

  it('when a dateline has a bracketed State, a word glued to its date or "City, State –" after it, then it names nobody', () => {
    expect(
      line(
        'Widgetville (Peru), 18 July 2017 - the Gadget Forum, in collaboration with the Sprocket Council, held an event.',
      ),
    ).toEqual({ leads: ['org:gadget-forum'], partners: ['org:sprocket-council'], problems: 0 });
    expect(
      line(
        'Newsroom10 March 2021 - Lima, Peru - In the margins of the Widget Congress, the Gadget Forum co-organized the Special Event “Children Associated with Gadgets” with the Sprocket Union, and the Governments of Chile and Norway.',
      ),
    ).toEqual({
      leads: ['org:gadget-forum', 'org:sprocket-union', 'state:CHL', 'state:NOR'],
      partners: [],
      problems: 0,
    });
  });

  it('when "In <duty station>," or "<Word> <ordinal>," opens the text, then it is the venue or the date', () => {
    expect(line('In Geneva, the Gadget Forum and WGF are organizing a course on sprockets.')).toEqual({
      leads: ['org:gadget-forum', 'org:wgf'],
      partners: [],
      problems: 0,
    });
    expect(
      line(
        'On Thursday, Ocotber 19th, 2023, The Widget School of Gadget Studies played host to the Sprocket Conference.',
      ),
    ).toEqual({ leads: ['org:widget-school-of-gadget-studies'], partners: [], problems: 0 });
  });

  it('when "its organizer," stands before a name, then that name is the organizer and the text before names nobody', () => {
    expect(
      line(
        'Themed "Gadgets for All," the congress aims to adopt a gadget approach, said a press release of its organizer, the Widget Office of Sprockets.',
      ),
    ).toEqual({ leads: ['org:widget-office-of-sprockets'], partners: [], problems: 0 });
  });
});

describe('round 19: who leads and who helps', () => {
  it('when "X co-sponsored <the event> hosted by Y", then Y leads and X is a partner', () => {
    expect(line('WGF co-sponsored this Side Event for the Gadget Summit hosted by the Sprocket Council.')).toEqual({
      leads: ['org:sprocket-council'],
      partners: ['org:wgf'],
      problems: 0,
    });
  });

  it('when "thanks to the contribution of X, to Y", then X is a partner and Y the organizer', () => {
    expect(
      line(
        'This workshop is organized thanks to the generous contribution of the Italian Government – Ministry of Gadgets, to the Widget Bureau for Sprockets in Europe.',
      ),
    ).toEqual({ leads: ['org:widget-bureau-for-sprockets-in-europe'], partners: ['state:ITA'], problems: 0 });
    expect(keyOf('the Italian Government – Ministry of Gadgets')).toBe('state:ITA');
  });

  it('when "along the <Name>" follows the organizers, then the name is a co-lead', () => {
    expect(
      line(
        'On 1 May 2018, the Permanent Missions of Peru and Chile, along the Gadget Office (GO), inaugurated an exhibit.',
      ),
    ).toEqual({ leads: ['org:gadget-office', 'state:CHL', 'state:PER'], partners: [], problems: 0 });
  });

  it('when a State adjective stands before "Presidency of …" in a list, then it is that State, no appositive', () => {
    expect(
      line(
        'Organized by the Gadget Forum, and co-sponsored by the Permanent Mission of Peru, the French Presidency of the Committee of Gadgets of the Sprocket Council, Widget Network',
      ),
    ).toEqual({ leads: ['org:gadget-forum'], partners: ['org:widget-network', 'state:FRA', 'state:PER'], problems: 0 });
  });
});

describe('round 19: where a name ends', () => {
  it('when a capitalised possessive follows a comma, then it goes on with the name', () => {
    expect(
      line('Organized by the Special Rapporteur on Gadgets against Widgets, Its Causes and Consequences, and Peru'),
    ).toEqual({
      leads: [keyOf('Special Rapporteur on Gadgets against Widgets, Its Causes and Consequences'), 'state:PER'].sort(),
      partners: [],
      problems: 0,
    });
  });

  it('when "in <State> in <Month> <year>" follows the last name, then it is the venue and the date', () => {
    expect(
      line(
        'The Gadget Forum co-hosted a consultation in cooperation with the Widget Council and the Sprocket Union in Peru in November 2019.',
      ),
    ).toEqual({ leads: ['org:gadget-forum'], partners: ['org:sprocket-union', 'org:widget-council'], problems: 0 });
  });

  it('when a dash phrase spells out the start of the acronym, then it is no part of the name', () => {
    expect(
      line(
        'The Widget Programme and the GEAR Project – Gadget Enforcement Against Rust in widget sectors – organised a meeting.',
      ),
    ).toEqual({ leads: ['org:gear-project', 'org:widget-programme'], partners: [], problems: 0 });
  });

  it('when an enumeration starts with a head noun after a comma, then the comma separates two names', () => {
    expect(line('Organized by the Gadget Youth Group, Hot and Cold Institute and Peru')).toEqual({
      leads: ['org:gadget-youth-group', 'org:hot-and-cold-institute', 'state:PER'],
      partners: [],
      problems: 0,
    });
  });
});

describe('round 19: catalogue entries met on held-out-17', () => {
  it('when the TIJ, Tracfin or the Security Council form of CTED is written, then the catalogue entry is meant', () => {
    expect(keyOf('the TIJ')).toBe(keyOf('Thailand Institute of Justice'));
    expect(keyOf('the Financial Intelligence Unit of France (Tracfin)')).toBe(keyOf('Tracfin'));
    expect(keyOf('the Security Council Counter-Terrorism Committee Executive Directorate (CTED)')).toBe(keyOf('CTED'));
  });
});
