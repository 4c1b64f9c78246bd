// The organizer rules of issue 13, session 9, developed on the held-out-13 dev half (organizer lines of HLPF
// programme and side-event pages): a ministry or department "of the <adjective> Government" is that State, and a
// ministry written before the government of its State ("Ministry of X, Government of Y"), with a unit that has no
// head noun before it, is that State, one mention.
// Examples use made-up names where only the structure matters, so a catalogue entry cannot make them pass.
import { describe, expect, it } from 'vitest';
import { createOrganizationResolver } from '../../../src/domain/organizations.js';
import { readKeys as read } from './read-organizer-text.js';

const resolver = createOrganizationResolver();

describe('round 13: a body of a State named by its adjective', () => {
  it('when a department is "of the <adjective> Government", then it resolves to the State', () => {
    expect(resolver.resolve('Department of Rural Affairs of the Peruvian Government').key).toBe('state:PER');
    expect(resolver.resolve('The Ministry of Water of the Kenyan Government').key).toBe('state:KEN');
  });

  it('when the words before "Government" are no State adjective, then the body keeps its own name', () => {
    expect(resolver.resolve('Department of Energy of the Regional Government').key).toBe(
      'org:department-of-energy-of-the-regional-government',
    );
  });
});

describe('round 13: a ministry written before its government', () => {
  it('when a ministry is followed by ", Government of <State>", then the two are one mention of the State', () => {
    expect(read('Organized by the Ministry of Water, Government of Kenya and the Widget Foundation')).toEqual({
      leads: ['org:widget-foundation', 'state:KEN'],
      partners: [],
      problems: 0,
    });
  });

  it('when a unit with no head noun comes before the ministry, then it belongs to the same State', () => {
    expect(
      read(
        'Regional Outreach and Gadget Cooperation, Ministry of Health, Government of Peru with the Sprocket Network',
      ),
    ).toEqual({ leads: ['state:PER'], partners: ['org:sprocket-network'], problems: 0 });
  });

  it('when the name before the ministry has a head noun of its own, then it stays an organizer', () => {
    expect(read('Organized by the Widget Health Alliance, Ministry of Health, Government of Peru')).toEqual({
      leads: ['org:widget-health-alliance', 'state:PER'],
      partners: [],
      problems: 0,
    });
  });
});
