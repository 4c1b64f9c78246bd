// The organizer rules added in issue 13, session 4, on the held-out-8 dev half only: programme fields
// ("Event organizers:", "Host:", "Promoter:") and the last "and" between two names the catalogue does not know
// (a left side that ends like a name before "and the …"; a right side whose head noun follows one modifier).
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass.
import { describe, expect, it } from 'vitest';
import { readKeys as read } from './read-organizer-text.js';

describe('programme fields that name organizers', () => {
  it('when a row starts "Event organizers:", then the word "Event" is no organizer', () => {
    expect(read('Event organizers: Widget Network, Gadget Institute').leads).toEqual([
      'org:gadget-institute',
      'org:widget-network',
    ]);
  });

  it('when a row starts "Host:" or "Promoter:", then the field name is not part of the first name', () => {
    expect(read('Host: Widget Solutions Network, Gadget Foundation').leads).toEqual([
      'org:gadget-foundation',
      'org:widget-solutions-network',
    ]);
    expect(read('Promoter: Ministry of Widgets and Gadgets').leads).toEqual(['org:ministry-of-widgets-and-gadgets']);
  });

  it('when "host" is a word of a name without a colon, then it stays in the name', () => {
    expect(read('Widget Host Institute and the Gadget Council').leads).toContain('org:widget-host-institute');
  });
});

describe('the last "and" between two unknown names', () => {
  it('when the left side ends with an acronym and "and the" follows, then they are two organizations', () => {
    expect(read('Widget WIDG and the Community of Gadgets').leads).toEqual([
      'org:community-of-gadgets',
      'org:widget-widg',
    ]);
  });

  it('when the left side ends with a head noun and "and the" follows, then they are two organizations', () => {
    expect(read('The Widget Water Hub and the Gadget Water Partnership (GWP-Med)').leads).toHaveLength(2);
  });

  it('when the right side is "<Modifier> <Head noun> for …", then it is a second organization', () => {
    expect(read('Widget Network for Gadget Welfare and World Federation for Gadgets').leads).toEqual([
      'org:widget-network-for-gadget-welfare',
      'org:world-federation-for-gadgets',
    ]);
  });

  it('when "and" joins two topics inside one name, then the name stays whole', () => {
    expect(read('Widget Office on Gadgets and Crime').leads).toEqual(['org:widget-office-on-gadgets-and-crime']);
    expect(read('Commission for Asia and the Pacific').leads).toEqual(['org:commission-for-asia-and-the-pacific']);
  });
});

// Declared post-test fixes (after the held-out-8 test half was measured on 6cd2451); their lines carry
// fixedAfterTest in held-out-8.json.
describe('post-test: fields and names spelled out by an acronym', () => {
  it('when a row starts "Lead Organizer:", then "Lead" is no organizer', () => {
    expect(read('Lead Organizer: The Widget Institute Co-organizers: Gadget Council').leads).toEqual([
      'org:gadget-council',
      'org:widget-institute',
    ]);
  });

  it('when comma pieces spell the acronym in parentheses after them, then they are one name', () => {
    expect(read('Organized by: Widgets, Gadgets, and Tools (WGT) Alliance; Other Council').leads).toEqual([
      'org:other-council',
      'org:widgets-gadgets-and-tools-wgt-alliance',
    ]);
  });

  it('when the initials do not spell the acronym, then the commas still separate names', () => {
    expect(read('Widget Council, Gadget Institute, Tool Forum (XYZ)').leads).toHaveLength(3);
  });
});
