// The organizer rules of issue 13, round 21 (session 16, commit 684eb19), developed on the held-out-19 dev half (event
// pages, news items, a programme page and a calendar entry found per subject). Every line of held-out-19 itself is
// measured by `npm run accuracy` (bench/accuracy.ts).
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass; `line` reads
// a text as the accuracy bench reads a real line (its head cut off by lineOrganizerText).
import { describe, expect, it } from 'vitest';
import { lineOrganizerText } from '../../../ingest/parse/programme-side-event.js';
import { keyOf, readKeys as read } from './read-organizer-text.js';

const line = (text: string) => read(lineOrganizerText(text));

describe('round 21 (dev half): where a list ends', () => {
  it('when the subjects "cohosted" an event or one "organized this" workshop, then the verb ends the last name', () => {
    expect(
      line(
        'The Widget Council and the Sprocket Forum cohosted the two-day Regional Conference on Gadgets on May 2 and 3.',
      ),
    ).toEqual({ leads: ['org:sprocket-forum', 'org:widget-council'], partners: [], problems: 0 });
    expect(
      line(
        'As part of the project ‘Gadget Assessment in Peru (GAP)’, Widget Survey organized this two-day workshop in Lima, Peru, on 21-22 March 2015.',
      ),
    ).toEqual({ leads: ['org:widget-survey'], partners: [], problems: 0 });
  });

  it('when ", with the meeting concluding …" follows, then "with" names no partner', () => {
    expect(
      line(
        'The Widget Council and the Sprocket Forum hosted a regional conference on gadgets on May 2 and 3, with the meeting concluding today (May 3).',
      ),
    ).toEqual({ leads: ['org:sprocket-forum', 'org:widget-council'], partners: [], problems: 0 });
  });

  it('when an imperative "Join A, B and C for a side event …" names the inviters, then "for a <event>" ends the last name', () => {
    expect(
      line(
        'Join the Widget Council, the Sprocket Forum and Gadget Reform International for a side event organized at the margins of the 30th session:',
      ),
    ).toEqual({
      leads: ['org:gadget-reform-international', 'org:sprocket-forum', 'org:widget-council'],
      partners: [],
      problems: 0,
    });
  });

  it('when a place-named customs administration stands before "and the", then it is a complete name', () => {
    expect(line('Gadgetown Customs and the Widget Border Force hosted a regional conference on gadgets.')).toEqual({
      leads: ['org:gadgetown-customs', 'org:widget-border-force'],
      partners: [],
      problems: 0,
    });
  });

  it('when a bracketed acronym is followed by "the <Name>", then a list comma is missing there', () => {
    expect(
      line(
        'Join the Widget Office on Gadgets (WOG) the Sprocket Policy Consortium (SPC) and Gadget Reform International (GRI) for a side event on gadgets.',
      ),
    ).toEqual({
      leads: ['org:gadget-reform-international', 'org:sprocket-policy-consortium', 'org:widget-office-on-gadgets'],
      partners: [],
      problems: 0,
    });
  });
});

describe('round 21 (dev half): who leads', () => {
  it('when a project "joined (forces) with" others "to successfully host" an event, then all of them co-lead', () => {
    expect(
      line(
        'The Widget project joined with the Gadget Security Programme (GSP) and the Sprocket Crime Working Group to successfully host the ‘Smarter gadgets’ conference at the Widget Centre in Lima, Peru.',
      ),
    ).toEqual({
      leads: ['org:gadget-security-programme', 'org:sprocket-crime-working-group', 'org:widget-project'],
      partners: [],
      problems: 0,
    });
    expect(
      line('The Widget project joined forces with the Sprocket Crime Working Group to host a conference.'),
    ).toEqual({
      leads: ['org:sprocket-crime-working-group', 'org:widget-project'],
      partners: [],
      problems: 0,
    });
  });

  it('when a conference is "organised under the auspices of" a body, then that body leads', () => {
    expect(
      line(
        'The Conference is being organised under the auspices of the Widget Committee on Gadget Problems (WCGP), in collaboration with the Office of the Special Representative on Sprockets',
      ),
    ).toEqual({
      leads: ['org:widget-committee-on-gadget-problems'],
      partners: ['org:office-of-the-special-representative-on-sprockets'],
      problems: 0,
    });
  });

  it('when "The <year> <ACR> <Event> was held jointly with Y, hosted by Z", then the owner, Y and Z lead', () => {
    expect(
      line(
        'The 2014 WGQ Typologies Workshop was held jointly with the Sprocket Forum, hosted by the Widget Institute.',
      ),
    ).toEqual({
      leads: [keyOf('WGQ'), 'org:sprocket-forum', 'org:widget-institute'].sort(),
      partners: [],
      problems: 0,
    });
  });
});

describe('round 21 (dev half): what a name is', () => {
  it('when an acronym written alone is followed by "in <City>", then the city is the venue, no part of the name', () => {
    expect(line('The regional workshop was organized by the WGQ in Lima.')).toEqual({
      leads: [keyOf('WGQ')],
      partners: [],
      problems: 0,
    });
  });

  it('when "the Government of <State>" stands before an agency\'s name, then the agency organizes', () => {
    expect(line('The meeting was hosted by the Government of Peru Gadget Control Office (GCO).')).toEqual({
      leads: ['org:gadget-control-office'],
      partners: [],
      problems: 0,
    });
  });

  it("when a State's Home Secretary or Home Office hosts, then it is the State", () => {
    expect(
      line('The first Global Gadget Summit, hosted by the Peruvian Home Secretary, was attended by ministers.'),
    ).toEqual({ leads: ['state:PER'], partners: [], problems: 0 });
    expect(line('The first Global Gadget Summit, hosted by the Chile Home Office, was attended by ministers.')).toEqual(
      {
        leads: ['state:CHL'],
        partners: [],
        problems: 0,
      },
    );
  });
});

describe('round 21 (declared post-test): connectors', () => {
  it('when a body "teamed up with" another to discuss a topic, then both co-lead', () => {
    expect(
      line(
        'The Widget Council (WC) teamed up with the Sprocket Academy to discuss how gadgets can contribute to the fight against sprockets.',
      ),
    ).toEqual({ leads: ['org:sprocket-academy', 'org:widget-council'], partners: [], problems: 0 });
  });

  it('when a body hosts "with assistance from" or "with the assistance of" another, then the other is a partner', () => {
    expect(
      line(
        'The Widget Bureau (WB) with assistance from the Sprocket Organization (SO) hosted the International Conference on Gadgets at the Widget Hall.',
      ),
    ).toEqual({ leads: ['org:widget-bureau'], partners: ['org:sprocket-organization'], problems: 0 });
    expect(
      line('The Widget Bureau, with the assistance of the Sprocket Forum, hosted a conference on gadgets.'),
    ).toEqual({ leads: ['org:widget-bureau'], partners: ['org:sprocket-forum'], problems: 0 });
  });

  it('when "co-organised" stands as an adjective before the event noun and its verb, then it ends the last name', () => {
    expect(
      line(
        'The Widget Council, the Sprocket Forum and the Gadget Institute co-organised Roundtable was the first of its kind.',
      ),
    ).toEqual({
      leads: ['org:gadget-institute', 'org:sprocket-forum', 'org:widget-council'],
      partners: [],
      problems: 0,
    });
  });
});
