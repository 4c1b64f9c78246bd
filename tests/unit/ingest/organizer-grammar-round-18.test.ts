// The organizer rules of issue 13, round 18 (session 14), developed on the held-out-17 dev half (programme rows of the
// Summit of the Future side events, a Global Compact flyer, calendar notes, event pages and news items).
// Every line of held-out-17 itself is asserted in organizer-grammar-held-out-2.test.ts (its row of the table of sets).
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass.
import { describe, expect, it } from 'vitest';
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
