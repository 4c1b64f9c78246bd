import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../../ingest/parse/programme.js';
import type { EventRecord } from '../../../ingest/records.js';

const FILE = '000_6fa93a35363d56cd.txt';
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const programme = parseProgramme(FILE, read(`../../../ingest/corpus/${FILE}`));
const ofKind = (kind: EventRecord['kind']) => programme.events.filter((e) => e.kind === kind);
const at = (line: number) => programme.events.find((e) => e.source.line === line);
const names = (ms: EventRecord['organizers']) => ms.map((m) => m.text);

describe('COP10 2020 programme (running-text layout)', () => {
  it('when the header is read, then it is the tenth session in Vienna, 12–16 October 2020', () => {
    expect(programme.layout).toBe('running-text');
    expect(programme.session).toMatchObject({
      number: 10,
      city: 'Vienna',
      startDate: '2020-10-12',
      endDate: '2020-10-16',
    });
  });

  // Counted by hand, one per time line under SIDE EVENTS: Mon 8, Tue 14, Wed 15 (13 + 2 after the
  // "(CONTINUED)" header), Thu 12, Fri 10 = 59. Plenary: Mon 2, Tue 2, Wed 2, Fri 1 = 7; Committee
  // of the Whole: Thu 2, Fri 1 = 3.
  it('when all events are counted, then there are 59 side events, 7 plenary slots and 3 Committee of the Whole slots', () => {
    expect(ofKind('SIDE_EVENT')).toHaveLength(59);
    expect(ofKind('PLENARY')).toHaveLength(7);
    expect(ofKind('COMMITTEE_OF_THE_WHOLE')).toHaveLength(3);
    expect(programme.events).toHaveLength(69);
  });

  it('when side events are virtual, then every side event is "Online" and online', () => {
    expect(ofKind('SIDE_EVENT').every((e) => e.venue === 'Online' && e.online)).toBe(true);
  });

  it('when a title wraps over lines with a blank line inside, then it is joined with single spaces and the source is the time line', () => {
    expect(at(67)).toMatchObject({
      date: '2020-10-12',
      start: '14:00',
      end: '15:30',
      title:
        'THE PALERMO CONVENTION 20 YEARS AFTER: CELEBRATING ITS ANNIVERSARY AND UNLEASHING ITS FULL POTENTIAL THROUGH THE IMPLEMENTATION OF THE REVIEW MECHANISM',
    });
    expect(names(at(67)!.organizers)).toEqual([
      'the Government of Italy',
      'the UNODC Conference Support Section of the Organized Crime and Illicit Trafficking Branch',
    ]);
  });

  it('when a title starts with a number ("20 YEARS LATER"), then the time is still split off', () => {
    expect(at(78)).toMatchObject({ start: '14:00', end: '14:50', title: '20 YEARS LATER: WHAT NEXT FOR UNTOC?' });
    expect(names(at(78)!.partners)).toEqual(['the Global Initiative Against Transnational Organized Crime']);
  });

  it('when "Organized by the" breaks across a blank line, then the organizer list continues after it', () => {
    const e = at(184)!;
    expect(e.organizers).toEqual([
      {
        text: 'the Government of the United Arab Emirates',
        unit: 'Ministry of Interior',
        source: { file: FILE, line: 186 },
      },
    ]);
    expect(e.date).toBe('2020-10-14');
  });

  it('when partners are "the Governments of Italy, the Netherlands, Nigeria and Spain", then they are four States on line 173', () => {
    expect(at(171)!.partners.map((m) => [m.text, m.source.line])).toEqual([
      ['Italy', 173],
      ['the Netherlands', 173],
      ['Nigeria', 173],
      ['Spain', 173],
    ]);
  });

  it('when the evening event lists four leads over three lines, then all four are leads and one partner follows', () => {
    expect(at(226)).toMatchObject({ start: '19:00', end: '20:30' });
    expect(names(at(226)!.organizers)).toHaveLength(4);
    expect(names(at(226)!.partners)).toEqual(['the Coalition of Faith-based Organizations for Crime Prevention']);
  });

  it('when the plenary has "12 noon–2 p.m.." and wrapped agenda items, then the slot is 12:00–14:00 with whole item titles', () => {
    expect(at(27)).toMatchObject({ kind: 'PLENARY', start: '12:00', end: '14:00', venue: 'Plenary Hall, M-Building' });
    expect(at(27)!.agendaItems.map((i) => i.number)).toEqual(['2', '2 (a)', '2 (b)']);
    const wrapped = at(38)!;
    expect(wrapped.agendaItems.map((i) => i.number)).toEqual(['4', '5']);
    expect(wrapped.agendaItems[0]?.title).toMatch(/cooperation for the purpose of confiscation, and the establishment/);
    expect(at(23)!.title).toBe('Plenary: Item 1 (f). General discussion (continued)');
  });

  it('when a slot is "Committee of the Whole", then it is a COMMITTEE_OF_THE_WHOLE event', () => {
    expect(at(47)).toMatchObject({
      kind: 'COMMITTEE_OF_THE_WHOLE',
      title: 'Committee of the Whole',
      start: '15:00',
      end: '18:00',
      date: '2020-10-15',
    });
  });

  it('when the SHERLOC consultations notice closes the document, then it is no event but a warning', () => {
    expect(programme.events.some((e) => /SHERLOC/i.test(e.title))).toBe(false);
    expect(programme.warnings).toEqual([
      {
        message: expect.stringMatching(/^text outside any event ignored: "Virtual SHERLOC/),
        source: { file: FILE, line: 263 },
      },
    ]);
  });
});

describe('a made-up twenty-first-session programme in the running-text layout', () => {
  const p = parseProgramme('twenty-first.txt', read('./fixtures/twenty-first-session-running-text.txt'));

  it('when it is parsed, then a cross-month session in Palermo has its plenary, committee, special and side events', () => {
    expect(p.session).toMatchObject({ number: 21, city: 'Palermo', startDate: '2019-09-30', endDate: '2019-10-04' });
    expect(p.events.map((e) => [e.kind, e.date, e.start, e.end])).toEqual([
      ['PLENARY', '2019-09-30', '09:00', '12:00'],
      ['COMMITTEE_OF_THE_WHOLE', '2019-09-30', '15:00', '18:00'],
      ['PLENARY', '2019-10-01', '10:00', '13:00'],
      ['SPECIAL_EVENT', '2019-10-01', '13:15', '14:00'],
      ['SIDE_EVENT', '2019-09-30', '13:00', '13:45'],
      ['SPECIAL_EVENT', '2019-09-30', '11:00', '12:30'],
      ['SIDE_EVENT', '2019-10-01', '12:00', '13:00'],
    ]);
    expect(p.events[0]?.venue).toBe('Main Hall, Congress Centre');
    expect(p.events[3]).toMatchObject({
      title: 'SPECIAL EVENT: PALERMO AT TWENTY',
      venue: 'Main Hall, Congress Centre',
    });
    expect(names(p.events[3]!.organizers)).toEqual(['the Government of Freedonia']);
  });

  it('when organizers wrap and use "the Governments of", then leads and partners split structurally', () => {
    const maritime = p.events[4]!;
    expect(maritime.title).toBe('MARITIME CRIME IN THE ATLANTIC: LESSONS LEARNED FROM TEN YEARS OF COOPERATION');
    expect(names(maritime.organizers)).toEqual(['the Government of Freedonia', 'the Sea Research and Training Centre']);
    expect(names(maritime.partners)).toEqual(['Sylvania', 'Ruritania', 'Grand Fenwick']);
    expect(names(p.events[6]!.organizers)).toEqual([
      'the UNODC Education and Youth Section',
      'the Youth Alliance for Peace, Justice and Strong Institutions Network',
      'the Government of Bolivia (Plurinational State of)',
    ]);
  });

  it('when a closing notice is not an event, then it is only a warning', () => {
    expect(p.warnings.map((w) => w.source.line)).toEqual([41]);
  });
});
