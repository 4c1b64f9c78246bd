// The organizer rules of issue 13, round 20 (session 15), developed on the held-out-18 dev half (event pages, news
// items and programme rows found per subject), then (declared post-test fixes) on its test half. Every line of
// held-out-18 itself is asserted in organizer-grammar-held-out-2.test.ts (its row of the table of sets).
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass; `line` reads
// a text as the accuracy bench reads a real line (its head cut off by lineOrganizerText).
import { describe, expect, it } from 'vitest';
import { lineOrganizerText } from '../../../ingest/parse/programme-side-event.js';
import { createOrganizationResolver } from '../../../src/domain/organizations.js';
import { keyOf, readKeys as read } from './read-organizer-text.js';

const line = (text: string) => read(lineOrganizerText(text));

describe('round 20 (dev half): datelines and by-lines', () => {
  it('when a month, a year and "City, State –" open the text, then they name nobody', () => {
    expect(
      line(
        'March 2015, Widgetown, Peru – The Gadget Council, together with the Sprocket Forum, organises a panel at the Widget Hall.',
      ),
    ).toEqual({ leads: ['org:gadget-council', 'org:sprocket-forum'], partners: [], problems: 0 });
  });

  it("when a city in capitals, its State's initials and a glued dash open the text, then they name nobody", () => {
    expect(
      line(
        'WIDGETTON, G.C.—On Gadget Day, April 22, the Gadget Council and the Sprocket Forum hosted a virtual event.',
      ),
    ).toEqual({ leads: ['org:gadget-council', 'org:sprocket-forum'], partners: [], problems: 0 });
  });

  it('when a line is a bare by-line, then its name organizes', () => {
    expect(line('by the Widget Institute against Gadget Crime')).toEqual({
      leads: ['org:widget-institute-against-gadget-crime'],
      partners: [],
      problems: 0,
    });
  });
});

describe('round 20 (dev half): where names end', () => {
  it('when the subjects "present" a webinar series, then the verb ends the last name', () => {
    expect(
      line(
        'In order to fill this gap, the Widget Institute and Gadget College’s Sprocket Initiative present a webinar series.',
      ),
    ).toEqual({
      leads: ['org:gadget-colleges-sprocket-initiative', 'org:widget-institute'],
      partners: [],
      problems: 0,
    });
  });

  it('when ", in particular …" follows the partners, then it names nobody', () => {
    expect(
      line(
        'At a side event organized by the Widget Coalition, with the support of Peru, on the margins of the 3rd session, a group of four panelists explored the impact of gadgets, in particular the importance of public sprocket registries.',
      ),
    ).toEqual({ leads: ['org:widget-coalition'], partners: ['state:PER'], problems: 0 });
  });

  it('when a police service ends the name before "and", then "and" separates two names', () => {
    expect(
      line('It was hosted by the Widget Women in Policing, the Gadget Regional Police Service and Sprocket Police.'),
    ).toEqual({
      leads: ['org:gadget-regional-police-service', 'org:sprocket-police', 'org:widget-women-in-policing'],
      partners: [],
      problems: 0,
    });
  });

  it('when a project is "of" two catalogue organizations joined by "and", then it is one joint project', () => {
    expect(
      line(
        'The Widget Association and the SPROCKET+ project of the Council of Europe and the European Commission are co-organising a workshop on gadgets.',
      ),
    ).toEqual({
      leads: ['org:sprocket-project-of-the-council-of-europe-and-the-european-commission', 'org:widget-association'],
      partners: [],
      problems: 0,
    });
  });

  it('when a unit has its acronym before "of" its parent and the secretariat its seat, then neither is part of the name', () => {
    expect(
      line(
        'The workshop is organized by the Gadget Control Unit (GCU) of the Widget Secretariat in Vienna, together with the Sprocket Police.',
      ),
    ).toEqual({
      leads: ['org:gadget-control-unit-of-the-widget-secretariat', 'org:sprocket-police'],
      partners: [],
      problems: 0,
    });
    const resolved = createOrganizationResolver().resolve('the Gadget Control Unit (GCU) of the Widget Secretariat');
    expect(resolved.acronym).toBe('GCU');
  });
});

describe('round 20 (declared post-test): openers and clauses around the organizers', () => {
  it('when "Alongside …," opens the text and "our Partners" name the hosts, then only the hosts lead', () => {
    expect(
      line(
        'Alongside this year’s Widget Assembly (WA 9) and within the scope of the Gadget campaign, our Partners WIDCO and the Sprocket Foundation hosted Friday’s event: “Gadgets”.',
      ),
    ).toEqual({ leads: ['org:sprocket-foundation', 'org:widco'], partners: [], problems: 0 });
  });

  it('when "Aiming to …," opens the text, then it names nobody', () => {
    expect(
      line(
        'Aiming to build the capacity of gadget makers worldwide, the Widget Council and the Sprocket Forum is hosting a two-day meeting in Vienna.',
      ),
    ).toEqual({ leads: ['org:sprocket-forum', 'org:widget-council'], partners: [], problems: 0 });
  });

  it('when a "Together with" list is fronted, then the main clause\'s subject co-leads with it', () => {
    expect(
      line(
        'Together with the governments of Peru and Chile and the Gadget Forum, the Widget Council co-hosted a side event on gadgets.',
      ),
    ).toEqual({
      leads: ['org:gadget-forum', 'org:widget-council', 'state:CHL', 'state:PER'],
      partners: [],
      problems: 0,
    });
  });

  it('when an imperative "join A, B and C for this seminar" follows an infinitive opener, then A, B and C lead', () => {
    expect(
      line(
        'To mark Gadget Day on May 2, join the Widget Institute, the Sprocket Center, and the Gadget Network for this co-sponsored seminar, drawing on the work of experts.',
      ),
    ).toEqual({
      leads: ['org:gadget-network', 'org:sprocket-center', 'org:widget-institute'],
      partners: [],
      problems: 0,
    });
  });

  it('when "the X’s <year> Summit" stands before "co-hosted by", then X co-leads with the co-host', () => {
    expect(
      line(
        'In May 2024, experts gathered in Lima for the Widget Alliance’s 2024 Global Summit, co-hosted by the Ministry of Interior of Peru.',
      ),
    ).toEqual({ leads: ['org:widget-alliance', 'state:PER'], partners: [], problems: 0 });
  });

  it('when participants took part in a conference "co-organized online by" A, B and C, then only A, B and C lead', () => {
    expect(
      line(
        'On May 2, the GCO’s representatives participated in the 4-th Widget Conference, co-organized online by the Widget Council, the Sprocket Forum and the Gadget Institute.',
      ),
    ).toEqual({
      leads: ['org:gadget-institute', 'org:sprocket-forum', 'org:widget-council'],
      partners: [],
      problems: 0,
    });
  });

  it('when an enumeration after "on" holds a catalogue name, then its commas separate names', () => {
    expect(
      line(
        'Organized by the Widget Institute on Governance, Interpol, and Europol, the conference aimed to share gadgets.',
      ),
    ).toEqual({
      leads: [keyOf('Europol'), keyOf('Interpol'), 'org:widget-institute-on-governance'].sort(),
      partners: [],
      problems: 0,
    });
  });

  it('when a lower-case topic after "on" follows the name, then it is no part of it', () => {
    expect(
      line(
        'GADGETTON, 9 May 2006 - A workshop organized by the Widget Unit on standards of gadget security ended in Peru today.',
      ),
    ).toEqual({
      leads: ['org:widget-unit'],
      partners: [],
      problems: 0,
    });
  });

  it('when a State\'s "Interior Ministry" hosts, then it is the State', () => {
    expect(
      line(
        'The event, organized by the Widget Unit (WU), hosted by the Interior Ministry of Chile and funded by the Government of Peru, was the first.',
      ),
    ).toEqual({
      leads: ['org:widget-unit', 'state:CHL'],
      partners: ['state:PER'],
      problems: 0,
    });
  });

  it('when "as part of its programme with X" and ", with the aim to …" follow, then neither names a partner', () => {
    expect(
      line(
        'The course was organized by the Widget Centre in Gadgetown as part of its co-operation programme with Peru.',
      ),
    ).toEqual({
      leads: ['org:widget-centre-in-gadgetown'],
      partners: [],
      problems: 0,
    });
    expect(
      line(
        'Within the period of 10 – 11 May 2022 in Peru, the Widget Programme (WP) in cooperation with the Gadget Branch (GB), held a meeting to present the guide, with the aim to facilitate exchange among practitioners.',
      ),
    ).toEqual({ leads: ['org:widget-programme'], partners: ['org:gadget-branch'], problems: 0 });
  });
});
