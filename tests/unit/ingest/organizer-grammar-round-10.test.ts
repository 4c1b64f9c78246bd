// The organizer rules added in issue 13, session 6, round 10, developed on the held-out-10 dev half only: the fields
// "Meeting Organizer:" / "Session organizers:", a venue between an organizing verb and "by", a lower-case clause after a
// dash, "the Presidents of A and B", an office-holder standing for the organization or State of the office, a
// lower-case bracket and a repeated one-word short name after a name, openers that are no names (a purpose "To …", a
// time adverbial, a weekday, a clause with "is"/"are"), persons among the hosts, a head after "are convening this
// briefing", a unit word opening a unit written after its parent, and (resolver) "<State adjective> Mission United
// Nations" and a bracketed acronym of two tokens ("UNODC CSU").
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass.
import { describe, expect, it } from 'vitest';
import { ORGANIZED_BY, lineOrganizerText } from '../../../ingest/parse/programme-side-event.js';
import { keyOf, readKeys as read } from './read-organizer-text.js';

const readLine = (line: string) => read(lineOrganizerText(line));

describe('fields and heads', () => {
  it('when a field reads "Meeting Organizer:" or "Session organizers:", then the names after it lead', () => {
    expect(read('Meeting Organizer: Group of Widget Friends').leads).toEqual(['org:group-of-widget-friends']);
    expect(read('Session organizers: the Widget Council and the Gadget Forum').leads).toEqual([
      'org:gadget-forum',
      'org:widget-council',
    ]);
  });

  it('when a venue stands between the organizing verb and "by", then the agent still leads', () => {
    expect(
      readLine(
        'Organized in Springfield by the Widget Council (WIDC), the WIDCON is Springfield’s biggest gadget conference.',
      ).leads,
    ).toEqual(['org:widget-council']);
    expect(
      readLine(
        'A seminar will be co-organised at theSpringfield Youth Centre by the Widget Council and the Gadget Forum.',
      ).leads,
    ).toEqual(['org:gadget-forum', 'org:widget-council']);
    expect(ORGANIZED_BY.exec('a panel held in Shelbyville')).toBeNull();
  });

  it('when the phrase between the verb and "by" is a date, then it is no venue and the agent is no organizer', () => {
    expect(
      readLine(
        'Co-organized by Portugal and the Widget Council, the exhibition was part of the Gadget initiative launched in September 2015 by the five partner entities.',
      ).leads,
    ).toEqual(['org:widget-council', 'state:PRT']);
  });
});

describe('the sentence around the names', () => {
  it('when a lower-case clause follows a dash after the last name, then it is no name', () => {
    expect(
      readLine(
        'The four-day meeting—co-hosted by Portugal and Chile—will feature the election of two gadget presidents',
      ).leads,
    ).toEqual(['state:CHL', 'state:PRT']);
  });

  it('when a purpose phrase, a time adverbial or a clause with "is" opens the text, then it is no organizer', () => {
    expect(
      read(
        'To ensure meaningful engagement of gadget makers, the Widget Council together with the Gadget Forum organized a briefing',
      ).leads,
    ).toEqual(['org:gadget-forum', 'org:widget-council']);
    expect(read('To this end, the Widget Council is organizing a training programme').leads).toEqual([
      'org:widget-council',
    ]);
    expect(
      read(
        'This is why, for the third consecutive year, the Widget Council and the Gadget Forum are convening a briefing',
      ).leads,
    ).toEqual(['org:gadget-forum', 'org:widget-council']);
  });

  // Session 7 settled the role of "with" after "co-organized <object>" (co-lead; organizer-grammar-round-11.test.ts).
  it('when a weekday opens the text, then it is no organizer', () => {
    expect(read('Also on Monday, the Widget Council organized a round table with the Gadget Forum')).toEqual({
      leads: ['org:widget-council'],
      partners: ['org:gadget-forum'],
      problems: 0,
    });
  });

  it('when the subject "is convening this briefing" before a head, then the subject leads and hosting persons are no organizers', () => {
    expect(
      readLine(
        'The Widget Council and the Gadget Forum are convening this introductory briefing, hosted by Ambassador John Smith and Professor Jane Doe.',
      ),
    ).toEqual({ leads: ['org:gadget-forum', 'org:widget-council'], partners: [], problems: 0 });
  });
});

describe('names', () => {
  it('when "the Presidents of A and B" co-host with an office-holder of a known organization, then the States and the organization lead', () => {
    expect(read('the Presidents of Portugal and Chile and the Director-General of UNESCO').leads).toEqual([
      keyOf('UNESCO'),
      'state:CHL',
      'state:PRT',
    ]);
    // An office of an unknown body keeps its holder: no catalogue entry says which organization it is.
    expect(read('the Director-General of the Widget Council').leads).toEqual([
      keyOf('the Director-General of the Widget Council'),
    ]);
  });

  it('when a lower-case bracket or a repeated one-word short name follows a name, then it is no part of the key', () => {
    expect(read('Portugal (co-hosts of the 2022 Gadget Conference) and the Widget Council').leads).toEqual([
      'org:widget-council',
      'state:PRT',
    ]);
    expect(read('the Widget Alliance of Gadget Makers (Alliance)').leads).toEqual([
      keyOf('the Widget Alliance of Gadget Makers'),
    ]);
  });

  it('when a unit written after its parent and a comma opens with its unit word, then the two are one mention', () => {
    expect(read('UNODC, Programme on Safeguarding Widgets from Gadgets').leads).toEqual([
      keyOf('UNODC Programme on Safeguarding Widgets from Gadgets'),
    ]);
  });
});

describe('the resolver', () => {
  it('when a State adjective qualifies a mission written without "to the", then the mission is the State', () => {
    expect(keyOf('Ukrainian Mission United Nations')).toBe('state:UKR');
  });

  it('when the acronym in brackets is a parent acronym and a unit acronym, then it is dropped from the key', () => {
    expect(keyOf('the Widget Civil Society Unit (WIDGET CSU)')).toBe(keyOf('the Widget Civil Society Unit'));
  });
});

// Declared post-test fixes, made after the held-out-10 test half was measured once on the frozen grammar (3b0c818).
describe('post-test fixes (declared, after the held-out-10 test half was measured)', () => {
  it('when a unit-like name follows a catalogue parent with "and", not a comma, then the two are two organizations', () => {
    expect(read('the European Commission and the Widget Service').leads).toEqual([
      keyOf('European Commission'),
      'org:widget-service',
    ]);
  });

  it('when a body that names the State just before follows it after a comma, then it is that State', () => {
    expect(read('Organizer: Chile, Office of the Comptroller General of Chile').leads).toEqual(['state:CHL']);
  });

  it('when an opener holds an "and" of its own, then the whole opener is no organizer', () => {
    expect(
      read(
        'After the first two Widget Conferences in Springfield (2017) and Shelbyville (2022), Portugal and Chile are jointly organizing the third Gadget Conference',
      ).leads,
    ).toEqual(['state:CHL', 'state:PRT']);
  });

  it('when a place follows a name and its acronym, or the name is placed "in the context of" something, then neither is part of it', () => {
    expect(read('the Widget Commission for Gadgets (WCG) in Springfield').leads).toEqual([
      keyOf('the Widget Commission for Gadgets'),
    ]);
    expect(read('the Widget Council in the context of the Gadget initiative').leads).toEqual(['org:widget-council']);
  });

  it('when the text reads "organized jointly by", then the agents lead', () => {
    expect(
      readLine(
        'During the Gadget virtual event, organized jointly by Portugal and the Widget Council (WC/GC), attendees were given an overview',
      ).leads,
    ).toEqual(['org:widget-council', 'state:PRT']);
  });

  it('when a dateline or a glued acronym opens the name, or "have finalised" follows it, then they are no part of it', () => {
    expect(read('WASHINGTON — The Widget Policy Institute (WPI) is co-organizing several events').leads).toEqual([
      'org:widget-policy-institute',
    ]);
    expect(read('SPRINGFIELD: The Widget Council is all set to launch the Gadget Report').leads).toEqual([
      'org:widget-council',
    ]);
    expect(
      read('Shelbyville – The Kenyan government and the Widget Programme (WP) have finalised plans to host a session')
        .leads,
    ).toEqual(['org:widget-programme', 'state:KEN']);
    expect(read('Hosted by WGC- Widget Gadget Council').leads).toEqual(['org:widget-gadget-council']);
  });

  it('when a subject that looks like a name ends on "will" before a connector, then it still leads', () => {
    expect(read('Firstly, the WGC will, in cooperation with the Gadget Foundation, organize a side-event')).toEqual({
      leads: ['org:wgc'],
      partners: ['org:gadget-foundation'],
      problems: 0,
    });
  });

  it('when a weekday ends a name ("on Wednesday (today.)"), then it is no part of it', () => {
    expect(read('the Widget Council in collaboration with the Gadget Ministry on Wednesday (today.)').partners).toEqual(
      ['org:gadget-ministry'],
    );
  });

  it('when the subject "held a hybrid event titled: “…”" before a head, then the subject leads with the hosts', () => {
    expect(
      readLine(
        'On 2 March, the Widget Initiative held a hybrid event titled: “What future for gadgets?”, hosted by the Gadget Institute and the Widget Forum.',
      ).leads,
    ).toEqual(['org:gadget-institute', 'org:widget-forum', 'org:widget-initiative']);
  });

  it('when a bracketed catalogue acronym confirms a name that differs only by a plural "s", then it is that entry', () => {
    expect(keyOf('The United Nations Office on Drug and Crime (UNODC)')).toBe(keyOf('UNODC'));
    // Without the acronym nothing confirms it: four-letter words get no typo budget.
    expect(keyOf('The United Nations Office on Drug and Crime')).not.toBe(keyOf('UNODC'));
  });

  it('when a catalogue organization is written before "Delegation to the United Nations", then the delegation is that organization', () => {
    expect(keyOf('the European Union Delegation to the United Nations')).toBe(keyOf('European Union'));
    expect(keyOf('the Widget Delegation to the United Nations')).not.toBe(keyOf('Widget'));
  });
});
