import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../ingest/parse/reference.js';

const PRESS_RELEASE = '002_7bee2cb627ad9e2a.txt';
const text = readFileSync(new URL(`../../../ingest/corpus/${PRESS_RELEASE}`, import.meta.url), 'utf8');
const record = parseReference(PRESS_RELEASE, text);
const at = (line: number) => ({ file: PRESS_RELEASE, line });

describe('COP10 press release: parties and signatories as of 9 October 2020', () => {
  it('when the Firearms Protocol box is read, then it has 119 parties and 52 signatories', () => {
    expect(record.partyStatuses.find((p) => p.instrument === 'FIREARMS_PROTOCOL')).toEqual({
      instrument: 'FIREARMS_PROTOCOL',
      asOf: '2020-10-09',
      parties: 119,
      signatories: 52,
      source: at(260),
    });
  });

  it('when every box is read, then the Convention has 190 parties, the Trafficking Protocol 178 and the Smuggling Protocol 149', () => {
    expect(record.partyStatuses.map((p) => [p.instrument, p.parties, p.signatories, p.asOf, p.source.line])).toEqual([
      ['UNTOC', 190, 147, '2020-10-09', 202],
      ['TIP_PROTOCOL', 178, 117, '2020-10-09', 224],
      ['SOM_PROTOCOL', 149, 112, '2020-10-09', 242],
      ['FIREARMS_PROTOCOL', 119, 52, '2020-10-09', 260],
    ]);
  });
});

describe('COP10 press release: adoption and entry into force', () => {
  it('when the boxes are read, then each instrument has its resolution, adoption date and entry into force', () => {
    expect(record.instruments.map((i) => [i.key, i.gaResolution, i.adoptedOn, i.entryIntoForce])).toEqual([
      ['UNTOC', '55/25', '2000-11-15', '2003-09-29'],
      ['TIP_PROTOCOL', '55/25', '2000-11-15', '2003-12-25'],
      ['SOM_PROTOCOL', '55/25', '2000-11-15', '2004-01-28'],
      ['FIREARMS_PROTOCOL', '55/255', '2001-05-31', '2005-07-03'],
    ]);
  });

  it('when the Firearms Protocol is named, then its full name comes from the sentence, not the upper-case heading', () => {
    expect(record.instruments.find((i) => i.key === 'FIREARMS_PROTOCOL')).toMatchObject({
      name: 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, their Parts and Components and Ammunition',
      shortName: 'Firearms Protocol',
      source: at(254),
      fieldSources: {
        name: at(262),
        adoptedOn: at(262),
        entryIntoForce: at(256),
      },
    });
  });
});

describe('COP10 press release: people', () => {
  it('when the tenth session is looked up, then Mohamed El-Molla of Egypt is its President', () => {
    const presidents = record.people.filter((p) => p.relation === 'PRESIDENT' && p.session === 10);
    expect(presidents).toEqual([
      {
        name: 'Mohamed El-Molla',
        role: 'President of the 10th session',
        organization: 'Egypt',
        session: 10,
        relation: 'PRESIDENT',
        source: at(190),
      },
    ]);
  });

  it('when the speakers are listed, then the Executive Director, the Secretary-General and both Ambassadors spoke at the tenth session', () => {
    const speakers = record.people.filter((p) => p.relation === 'SPEAKER' && p.session === 10);
    expect(speakers.map((p) => [p.name, p.organization, p.source.line])).toEqual(
      expect.arrayContaining([
        ['Ghada Waly', 'United Nations Office on Drugs and Crime', 9],
        ['Antonio Guterres', 'UN', 45],
        ['Alessandro Cortese', 'Italy', 13],
        ['Mohamed El-Molla', 'Egypt', 13],
      ]),
    );
    expect(speakers).toHaveLength(4);
    expect(speakers.find((p) => p.name === 'Ghada Waly')?.role).toBe(
      'Executive Director of the United Nations Office on Drugs and Crime (UNODC)',
    );
  });

  it('when the outgoing President is named, then Alessandro Cortese presided over the ninth session', () => {
    expect(record.people).toContainEqual(
      expect.objectContaining({
        name: 'Alessandro Cortese',
        relation: 'PRESIDENT',
        session: 9,
        source: at(13),
      }),
    );
  });
});

describe('COP10 press release: the session and its participation figures', () => {
  it('when the dateline is read, then the tenth session opened in Vienna on 12 October 2020', () => {
    expect(record.facts).toContainEqual({
      subject: 'COP10',
      predicate: 'openedOn',
      value: '2020-10-12',
      session: 10,
      source: at(9),
    });
    expect(record.facts).toContainEqual({
      subject: 'COP10',
      predicate: 'openedIn',
      value: 'Vienna',
      session: 10,
      source: at(9),
    });
  });

  it('when the release gives no closing date, then no session record is made and a warning says why', () => {
    expect(record.sessions).toEqual([]);
    expect(record.warnings.some((w) => /does not state when the tenth session closes/.test(w.message))).toBe(true);
  });

  it('when participation is reported, then 117 delegations, 874 Member State delegates and 101 observers are facts of session 10', () => {
    const figures = Object.fromEntries(
      record.facts.filter((f) => f.session === 10 && f.source.line === 27).map((f) => [f.predicate, f.value]),
    );
    expect(figures).toEqual({
      registeredDelegations: '117',
      memberStateDelegates: '874',
      observers: '101',
    });
    expect(record.facts.find((f) => f.predicate === 'virtualSideEvents')?.value).toBe('Nearly 60');
  });
});
