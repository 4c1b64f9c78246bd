// The organizer rules added in issue 13, session 5, round 9, developed on the held-out-9 dev half only: sentences
// around the names (a date or a scene before the subject, past-tense and infinitive predicates, "was …", a clause that
// ends on an auxiliary before a connector, an appositive description), co-leads written "alongside", the field
// "Organisation:", a head after an active organizing verb, names with commas (a particle piece, a repeated short name),
// a place after the last name, a role in brackets, and acronyms written with a space ("UN OICT").
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass.
import { describe, expect, it } from 'vitest';
import { lineOrganizerText } from '../../../ingest/parse/programme-side-event.js';
import { readKeys as read } from './read-organizer-text.js';

describe('the sentence around the names', () => {
  it('when a date or a time comes before the subject, then it is no organizer', () => {
    expect(
      read('On 15 March, the Widget Council, jointly with the Gadget Network, organized a high-level event').leads,
    ).toEqual(['org:gadget-network', 'org:widget-council']);
    expect(
      read('In December 2017, a wide range of gadget members, including France, Italy and Peru co-organised a meeting')
        .leads,
    ).toEqual(['state:FRA', 'state:ITA', 'state:PER']);
  });

  it('when a body and a role follow a State ("X, Council president for May"), then the role is no organizer', () => {
    expect(read('Tomorrow (8 May), Freedonia, Widget Council president for May, is hosting a meeting').leads).toEqual([
      'org:freedonia',
    ]);
  });

  it('when a scene-setting phrase opens the text, then it is no organizer', () => {
    expect(
      read('Within the framework of the 27th Session of the Widget Commission, the Gadget Institute organized a panel')
        .leads,
    ).toEqual(['org:gadget-institute']);
  });

  it('when a past-tense verb, "was", or an infinitive follows the last name, then the predicate is no name', () => {
    expect(read('the Widget Forum (WIDG) renewed their commitment to gadgets').leads).toEqual(['org:widget-forum']);
    expect(read('the Widget Council, to mark the International Gadget Day').leads).toEqual(['org:widget-council']);
    expect(read('WIDG to host largest-ever gathering of gadgets').leads).toEqual(['org:widg']);
    expect(
      read('the Widget Programme was in Springfield to host a meeting, as well as its first Gadget Event').leads,
    ).toEqual(['org:widget-programme']);
  });

  it('when a clause ends on an auxiliary before a connector, then it is no name, and a described name follows its colon', () => {
    expect(
      read(
        'The side event had been co-organized with a Ruritanian association having consultative status: Widget Society with the support of the Gadget Fund',
      ),
    ).toEqual({ leads: ['org:widget-society'], partners: ['org:gadget-fund'], problems: 0 });
  });

  it('when "the" and a lower-case description follow a name, then the description is no organizer', () => {
    expect(read('the Gadget Foundation, the leading widget company, in collaboration with the Widget Society')).toEqual(
      {
        leads: ['org:gadget-foundation'],
        partners: ['org:widget-society'],
        problems: 0,
      },
    );
  });

  it('when a State body and another body are joined by "and the", then they are two organizers', () => {
    expect(
      read('the Peruvian Ministry of Foreign Affairs and the Gadget Border Force co-chaired the meeting').leads,
    ).toEqual(['org:gadget-border-force', 'state:PER']);
  });
});

describe('connectors and fields', () => {
  it('when "alongside" joins organizers and "of" repeats a plural, then every State leads', () => {
    expect(
      read('The Widget Council, alongside the Permanent Missions of Peru, Chile, and of Bolivia, hosted the launch')
        .leads,
    ).toEqual(['org:widget-council', 'state:BOL', 'state:CHL', 'state:PER']);
  });

  it('when a text reads "Organisation: X. Location: …", then X leads and the location is no organizer', () => {
    expect(read('Organisation: WIDG. Location: Springfield, Peru').leads).toEqual(['org:widg']);
  });

  it('when a head follows an active organizing verb, then its subject leads and the head adds a partner', () => {
    expect(
      read(
        lineOrganizerText(
          'During the Gadget Week, the Widget Institute is organizing a side event co-sponsored by the Permanent Mission of Peru.',
        ),
      ),
    ).toEqual({ leads: ['org:widget-institute'], partners: ['state:PER'], problems: 0 });
  });

  it('when no organizer precedes the head, then the head starts the organizer text', () => {
    expect(lineOrganizerText('Widgets and gadgets: a side event co-sponsored by the Gadget Council')).toBe(
      'the Gadget Council',
    );
  });
});

describe('names', () => {
  it('when a comma piece starts with a name particle in lower case, then it continues the name before it', () => {
    expect(
      read('the Fundacion para la Mejora de los Widgets, la Cultura y la Sociedad and the Gadget Council').leads,
    ).toEqual(['org:fundacion-para-la-mejora-de-los-widgets-la-cultura-y-la-sociedad', 'org:gadget-council']);
  });

  it('when a short name in brackets repeats the first words of an earlier comma piece, then the pieces are one name', () => {
    expect(
      read(
        'The Co-Chairs of the Widget Process on Gadget Smuggling, Trafficking in Widgets and Related Crime (Widget Process) hosted the meeting',
      ).leads,
    ).toEqual(['org:widget-process-on-gadget-smuggling-trafficking-in-widgets-and-related-crime']);
  });

  it('when a city and its State follow the last name, then they are a place', () => {
    expect(read('the Secretariat of the Widget Organization (WO) in Springfield, Peru.').leads).toEqual([
      'org:secretariat-of-the-widget-organization',
    ]);
  });

  it('when a role in brackets follows a name, then it is no part of the name', () => {
    expect(read('the Gadget Police (as the current president of Widgetpol) and the Widget Council').leads).toEqual([
      'org:gadget-police',
      'org:widget-council',
    ]);
  });

  it('when an acronym in brackets is written with a space ("UN OWG"), then the resolver drops it from the key', () => {
    expect(read('the UN Office of Widgets and Gadgets (UN OWG) and the Gadget Council').leads).toEqual([
      'org:gadget-council',
      'org:un-office-of-widgets-and-gadgets',
    ]);
  });
});

// Declared post-test fixes (after the held-out-9 test half was measured on the frozen grammar 5a3055b).
describe('post-test fixes of round 9', () => {
  it('when a sentence adverb, a date range or "In a(n) …" phrase opens the text, then it is no organizer', () => {
    expect(read('Similarly, the Widget Council and the Gadget Network organized a meeting').leads).toEqual([
      'org:gadget-network',
      'org:widget-council',
    ]);
    expect(read('From 15 to 16 April 2024, the Widget Council will be hosting a meeting').leads).toEqual([
      'org:widget-council',
    ]);
    expect(read('In an unprecedented collaborative effort, the Widget Council, came together').leads).toEqual([
      'org:widget-council',
    ]);
  });

  it('when a date without a comma comes before the subject, then it is no part of the name', () => {
    expect(
      read('On 16 September 2020 the Widget Council, in cooperation with the Gadget Academy, organised a webinar'),
    ).toEqual({ leads: ['org:widget-council'], partners: ['org:gadget-academy'], problems: 0 });
  });

  it('when a lower-case adjective stands between "the" and a name, then it is no part of the name', () => {
    expect(read('the local Widget College in cooperation with the Gadget Society').leads).toEqual([
      'org:widget-college',
    ]);
  });

  it('when a relative clause follows a name, then it is no organizer', () => {
    expect(read('the Widget Fund initiative, which supports the Gadget Declaration').leads).toEqual([
      'org:widget-fund-initiative',
    ]);
  });

  it('when the left side ends with its acronym in brackets before "and the", then they are two organizers', () => {
    expect(read('the Office on Widgets and Crime (OWC) and the Gadget Caucus on Things').leads).toEqual([
      'org:gadget-caucus-on-things',
      'org:office-on-widgets-and-crime',
    ]);
  });

  it('when "co-convened by" follows "convened by", then both name organizers', () => {
    expect(read('the Widget Council and co-convened by the Gadget Network')).toEqual({
      leads: ['org:gadget-network', 'org:widget-council'],
      partners: [],
      problems: 0,
    });
  });

  it('when a body is written in lower case ("the office of …"), then it is not dropped as a description', () => {
    expect(read('the Widget Forum, and the office of the Gadget Envoy on Youth').leads).toHaveLength(2);
  });

  it('when a mission belongs to a catalogue organization named after a State, then it is that organization', () => {
    expect(
      read('the Permanent Mission of the Sovereign Order of Malta and the Permanent Mission of Malta').leads,
    ).toEqual(['org:sovereign-order-of-malta', 'state:MLT']);
  });
});
