// The organizer rules added in issue 13, session 7: "with" after a verb of co-organization and its object
// ("X co-organized a side event with Y") makes Y a co-lead, as "co-organized with Y" does (the README co-lead row).
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass.
import { describe, expect, it } from 'vitest';
import { readKeys as read } from './read-organizer-text.js';

describe('"with" after a verb of co-organization and its object', () => {
  it('when X "co-organized a side event with" Y and Z, then all three lead', () => {
    expect(
      read('The Widget Council co-organized a side event with the Gadget Forum and the Sprocket Institute'),
    ).toEqual({
      leads: ['org:gadget-forum', 'org:sprocket-institute', 'org:widget-council'],
      partners: [],
      problems: 0,
    });
  });

  it('when the verb is "co-hosted", "co-organised" or "jointly organized" with a longer object, then Y leads', () => {
    for (const text of [
      'The Widget Council co-hosted the high-level panel with the Gadget Forum',
      'The Widget Council co-organised an informal round table discussion with the Gadget Forum',
      'The Widget Council jointly organized a webinar with the Gadget Forum',
    ]) {
      expect(read(text)).toEqual({ leads: ['org:gadget-forum', 'org:widget-council'], partners: [], problems: 0 });
    }
  });

  it('when a weekday opens the text, then it is no organizer and Y after the object co-leads', () => {
    expect(read('Also on Monday, the Widget Council co-organized a round table with the Gadget Forum')).toEqual({
      leads: ['org:gadget-forum', 'org:widget-council'],
      partners: [],
      problems: 0,
    });
  });

  it('when the verb only organizes (no "co-"), or "with the support of" follows, then Y stays a partner', () => {
    expect(read('The Widget Council organized a side event with the Gadget Forum')).toEqual({
      leads: ['org:widget-council'],
      partners: ['org:gadget-forum'],
      problems: 0,
    });
    expect(read('The Widget Council co-organized a side event with the support of the Gadget Forum')).toEqual({
      leads: ['org:widget-council'],
      partners: ['org:gadget-forum'],
      problems: 0,
    });
  });

  it('when "co-hosted by A" is followed by "with B", then B stays a partner (the agent stands between)', () => {
    expect(read('Co-hosted by the Widget Council with the Gadget Forum')).toEqual({
      leads: ['org:widget-council'],
      partners: ['org:gadget-forum'],
      problems: 0,
    });
  });
});
