import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../../ingest/parse/programme.js';
import type { EventRecord } from '../../../ingest/records.js';

const FILE = '003_3b9c9c4b9c50490a.txt';
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const programme = parseProgramme(FILE, read(`../../../ingest/corpus/${FILE}`));
const ofKind = (kind: EventRecord['kind']) => programme.events.filter((e) => e.kind === kind);
const atLine = (line: number) => programme.events.filter((e) => e.source.line === line);
const names = (ms: EventRecord['organizers']) => ms.map((m) => m.text);

describe('COP6 2012 programme (table layout)', () => {
  it('when the layout and header are read, then it is the sixth session in Vienna, 15–19 October 2012', () => {
    expect(programme.layout).toBe('table');
    expect(programme.session).toMatchObject({
      number: 6,
      city: 'Vienna',
      startDate: '2012-10-15',
      endDate: '2012-10-19',
    });
    expect(programme.warnings).toEqual([]);
  });

  // Counted by hand in the side-event tables: Mon 2, Tue 4, Wed 6 (one SPLIT PANEL = 2), Thu 6 (one
  // SPLIT PANEL = 2), Fri 3 = 21 side events. Plenary: 2 slots a day = 10; parallel meetings: Mon
  // afternoon, Tue ×2, Wed ×2, Thu morning (joint discussion) = 6.
  it('when all events are counted, then there are 21 side events, 10 plenary slots and 6 working-group meetings', () => {
    expect(ofKind('SIDE_EVENT')).toHaveLength(21);
    expect(ofKind('PLENARY')).toHaveLength(10);
    expect(ofKind('WORKING_GROUP_MEETING')).toHaveLength(6);
    expect(programme.events).toHaveLength(37);
  });

  it('when a plenary slot spans rows without a time, then it is one slot with all its agenda items', () => {
    const [opening] = atLine(28);
    expect(opening).toMatchObject({ kind: 'PLENARY', date: '2012-10-15', start: '10:00', end: '13:00' });
    expect(opening?.agendaItems.map((i) => i.number)).toEqual(['1 (a)', '1 (b)', '1 (c)', '1 (d)', '1 (e)', '1 (f)']);
    expect(opening?.agendaItems[5]).toEqual({
      number: '1 (f)',
      title: 'General discussion',
      source: { file: FILE, line: 33 },
    });
    expect(atLine(46)[0]?.title).toBe('Plenary: Item 5. Technical assistance (continued)');
    expect(atLine(46)[0]?.agendaItems[0]?.title).toBe('Technical assistance');
  });

  it('when the parallel column names a working group "(continued)", then the group name drops the marker', () => {
    const wg = atLine(37).find((e) => e.kind === 'WORKING_GROUP_MEETING');
    expect(wg).toMatchObject({
      workingGroup: 'Working Group on International Cooperation',
      start: '10:00',
      date: '2012-10-16',
    });
  });

  it('when two groups meet jointly, then workingGroup is the first and workingGroups lists both', () => {
    const joint = atLine(43).find((e) => e.kind === 'WORKING_GROUP_MEETING');
    expect(joint?.workingGroup).toBe('Open-ended Interim Working Group of Government Experts on Technical Assistance');
    expect(joint?.workingGroups).toEqual([
      'Open-ended Interim Working Group of Government Experts on Technical Assistance',
      'Working Group on International Cooperation',
    ]);
  });

  it('when a side-event row names "State / State: title", then all are lead organizers and the footnote star is gone', () => {
    const [mexico] = atLine(57);
    expect(mexico).toMatchObject({
      date: '2012-10-15',
      start: '14:00',
      end: '15:00',
      venue: 'M3',
      online: false,
      title:
        "Mexico's security strategy for combating organized crime, and the prevention and eradication of human trafficking",
    });
    expect(names(mexico!.organizers)).toEqual(['Mexico']);
    expect(mexico!.partners).toEqual([]);
    expect(mexico!.description).toMatch(/^National security strategies are key elements/);
    expect(names(atLine(68)[0]!.organizers)).toEqual(['Panama', 'Belize', 'Trinidad and Tobago', 'UNODC ROPAN']);
  });

  it('when a row has no time, then it takes the time of the row above', () => {
    expect(atLine(62)[0]).toMatchObject({
      start: '14:00',
      end: '15:00',
      venue: 'M3',
      title: 'Launch of UNODC Manuals on International Cooperation in Criminal Matters',
    });
  });

  it('when a SPLIT PANEL row holds panels A) and B), then it gives two events at the same slot with their own descriptions', () => {
    const panels = atLine(65);
    expect(panels.map((e) => e.title)).toEqual([
      'The contributions of NGOs to strengthening counter-trafficking operations',
      'TIPP (Trafficking in Persons Platform) for prosecutors',
    ]);
    expect(panels.map((e) => names(e.organizers))).toEqual([
      ['GAATW', 'Austria', 'Anti-Slavery International'],
      ['International Association of Prosecutors', 'Thailand', 'UK', 'Mauritius'],
    ]);
    expect(panels.every((e) => e.start === '09:00' && e.venue === 'M3')).toBe(true);
    expect(panels[1]?.description).toMatch(/^This side event introduces TIPP/);
    // "SPLIT PANEL A) … b) …": no colon, lower-case b.
    expect(atLine(82).map((e) => names(e.organizers))).toEqual([
      ['FOKUS', 'Coalition against Trafficking in Women', 'ROSA project'],
      ['Brazil', 'International Centre for Migration Policy Development'],
    ]);
  });

  it('when a title holds a second colon, then only the first separates organizers from the title', () => {
    const [hstc] = atLine(84);
    expect(names(hstc!.organizers)).toEqual(['United States']);
    expect(hstc!.title).toMatch(/^Human Trafficking and Migrant Smuggling Center: Promoting National/);
  });
});

describe('a made-up ninth-session programme in the table layout', () => {
  const p = parseProgramme('ninth.txt', read('./fixtures/ninth-session-table.txt'));

  it('when it is parsed, then session, counts, joint meeting and split panel come out right', () => {
    expect(p.session).toMatchObject({ number: 9, city: 'Vienna', startDate: '2018-10-15', endDate: '2018-10-19' });
    expect(p.events.map((e) => e.kind)).toEqual([
      'PLENARY',
      'PLENARY',
      'WORKING_GROUP_MEETING',
      'PLENARY',
      'WORKING_GROUP_MEETING',
      'SIDE_EVENT',
      'SIDE_EVENT',
      'SIDE_EVENT',
      'SIDE_EVENT',
      'SIDE_EVENT',
    ]);
    expect(p.events[4]?.workingGroups).toEqual(['Working Group on Firearms', 'Working Group on Smuggling of Migrants']);
    expect(p.events[5]).toMatchObject({ title: 'Fishing for trouble: crime at sea', venue: 'Room C3', start: '13:00' });
    expect(names(p.events[5]!.organizers)).toEqual(['Freedonia', 'Sylvania', 'Trinidad and Tobago']);
    expect(p.events[6]).toMatchObject({ start: '13:00', end: '14:00', venue: 'Boardroom D' });
    expect(names(p.events[6]!.organizers)).toEqual(['Atlantis Institute for Peace and Justice', 'UNODC']);
    expect(p.events.slice(7, 9).map((e) => [e.title, e.start, e.end, e.venue, e.description])).toEqual([
      ['Oceans', '12:00', '13:30', null, 'About oceans.'],
      ['Glaciers', '12:00', '13:30', null, 'About glaciers.'],
    ]);
    expect(p.events[9]).toMatchObject({ venue: 'Online', online: true });
  });
});
