import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '../../../ingest/parse/programme.js';
import type { EventRecord } from '../../../ingest/records.js';

const FILE = '001_5cb52ae7af251058.txt';
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const programme = parseProgramme(FILE, read(`../../../ingest/corpus/${FILE}`));
const ofKind = (kind: EventRecord['kind']) => programme.events.filter((e) => e.kind === kind);
const at = (line: number) => programme.events.find((e) => e.source.line === line);
const names = (ms: EventRecord['organizers']) => ms.map((m) => m.text);

describe('COP12 2024 programme (tab-rows layout)', () => {
  it('when the header is read, then it is the twelfth session in Vienna, 14–18 October 2024', () => {
    expect(programme.layout).toBe('tab-rows');
    expect(programme.session).toMatchObject({
      number: 12,
      city: 'Vienna',
      startDate: '2024-10-14',
      endDate: '2024-10-18',
      source: { file: FILE, line: 8 },
    });
    expect(programme.warnings).toEqual([]);
  });

  // Counted by hand, one per timed row under SIDE EVENTS: Mon 14 (one MINISTERIAL EVENT), Tue 12 + 3,
  // Wed 9 + 6, Thu 7 + 3, Fri 9 = 63 rows: 62 side events and 1 special event. Plenary: 2 a day = 10.
  it('when all events are counted, then there are 62 side events, 1 special event and 10 plenary slots', () => {
    expect(ofKind('SIDE_EVENT')).toHaveLength(62);
    expect(ofKind('SPECIAL_EVENT')).toHaveLength(1);
    expect(ofKind('PLENARY')).toHaveLength(10);
    expect(programme.events).toHaveLength(73);
  });

  it('when several "Item N (x)." share one line, then they become separate agenda items', () => {
    expect(at(28)).toMatchObject({
      kind: 'PLENARY',
      date: '2024-10-14',
      start: '10:00',
      end: '13:00',
      venue: 'Plenary Hall, M-Building',
    });
    expect(at(28)!.agendaItems.map((i) => [i.number, i.title])).toEqual([
      ['1 (a)', 'Opening of the session'],
      ['1 (b)', 'Election of officers'],
      ['1 (c)', 'Adoption of the agenda and organization of work'],
      ['1 (d)', 'Participation'],
      ['1 (e)', 'Adoption of the report of the Bureau on credentials'],
      ['1 (f)', 'General discussion'],
    ]);
    expect(at(57)!.title).toBe(
      'Plenary: Item 8. Other matters; Item 9. Adoption of the report of the Conference on its twelfth session',
    );
  });

  it('when a row reads "TITLE Organized by X, with Y, Z<TAB>venue", then title, lead, partners and venue are split', () => {
    expect(at(71)).toMatchObject({
      kind: 'SIDE_EVENT',
      date: '2024-10-14',
      start: '13:00',
      end: '13:50',
      title: "BREAKING THE CYCLE: UKRAINE'S STRATEGIC RESPONSE TO ORGANIZED CRIME",
      venue: 'M2',
      online: false,
    });
    expect(names(at(71)!.organizers)).toEqual(['Ukraine']);
    expect(names(at(71)!.partners)).toEqual(['United Kingdom', 'UNODC Programme Office in Ukraine']);
  });

  it('when the programme marks a "MINISTERIAL EVENT", then it is a SPECIAL_EVENT with its own time and room', () => {
    expect(at(75)).toMatchObject({
      kind: 'SPECIAL_EVENT',
      start: '13:15',
      end: '14:10',
      venue: 'Plenary Room, M-Building',
    });
    expect(names(at(75)!.organizers)).toEqual(['United Nations Office on Drugs and Crime']);
  });

  it('when a row gives only a start time ("2.10 p.m."), then the end is null', () => {
    expect(at(82)).toMatchObject({
      start: '14:10',
      end: null,
      venue: 'M0E',
      title: expect.stringMatching(/^OPENING OF THE EXHIBITION/),
    });
  });

  it('when the venue is "Online" after an empty or extra column, then the event is online', () => {
    expect(at(93)).toMatchObject({ venue: 'Online', online: true, start: '09:00', end: '09:50', date: '2024-10-15' });
    expect(at(94)).toMatchObject({ venue: 'Online', online: true });
    expect(names(at(94)!.organizers)).toEqual([
      'African Center for Governance, Asset Recovery and Sustainable Development',
    ]);
  });

  it('when a row is wrapped in <p> tags, then tags are stripped from title, names and venue', () => {
    expect(at(141)).toMatchObject({
      title:
        'DISRUPTING ORGANIZED CRIME BY CUTTING FINANCIAL TIES: OPERATIONAL INSIGHTS INTO “FOLLOW THE MONEY” APPROACHES',
      venue: 'Online',
      online: true,
    });
    expect(names(at(141)!.organizers)).toEqual(['Canada']);
    expect(at(141)!.partners).toHaveLength(10);
  });

  it('when a partner list mixes States, UNODC units and NGOs with "and" inside names, then each is one partner', () => {
    expect(names(at(95)!.partners)).toEqual([
      'Costa Rica',
      'UNODC Firearms Trafficking Section',
      'Small Arms Survey',
      'Alliance of NGOs on Crime Prevention and Criminal Justice',
      'Every Woman Treaty',
      'Graduate Women International',
      'International Association of Democratic Lawyers',
      'KENNIS',
      'NGO Committee on the Status of Women Vienna',
      'NGO Committee on Sustainable Development Vienna',
    ]);
    expect(names(at(130)!.partners)).toEqual([
      'Cellule Nationale de Lutte contre la Traite des Personnes (CNLTP, Senegal)',
      'Comité National de Lutte contre la Traite des Personnes et Pratiques Assimilées (CNLTPPA, Mali)',
      // The bracketed State after an NGO's name is its country, not part of the name (session 8, round 12).
      'Handicap.sn',
    ]);
    expect(names(at(181)!.organizers)).toEqual([
      'UNODC Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism',
    ]);
    expect(names(at(118)!.organizers)).toEqual(['UNODC Research, Innovation and Partnership Section']);
  });

  it('when the row sits under a "(CONTINUED)" day header, then it keeps that day', () => {
    expect(at(167)).toMatchObject({ date: '2024-10-17', venue: 'M3' });
  });
});

describe('a made-up seventh-session programme in the tab-rows layout', () => {
  const p = parseProgramme('seventh.txt', read('./fixtures/seventh-session-tab-rows.txt'));

  it('when it is parsed, then the session in Doha, the plenary room, special event and side events come out right', () => {
    expect(p.session).toMatchObject({ number: 7, city: 'Doha', startDate: '2031-06-02', endDate: '2031-06-03' });
    expect(p.events.map((e) => [e.kind, e.date, e.start, e.end, e.venue])).toEqual([
      ['PLENARY', '2031-06-02', '10:00', '13:00', 'Conference Room 1'],
      ['PLENARY', '2031-06-02', '15:00', '18:00', 'Conference Room 1'],
      ['SPECIAL_EVENT', '2031-06-02', '13:00', '13:50', 'Hall A'],
      ['SIDE_EVENT', '2031-06-02', '13:00', '13:50', 'Online'],
      ['SIDE_EVENT', '2031-06-02', '14:15', '15:00', 'Room 7'],
      ['SIDE_EVENT', '2031-06-03', '09:00', '09:50', null],
      ['SIDE_EVENT', '2031-06-03', '13:00', '13:50', 'CR2'],
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('when a row wraps onto the next line, then the organizer list continues and names cite their lines', () => {
    const data = p.events[4]!;
    expect(names(data.organizers)).toEqual(['Atlantis Institute for Research and Policy Studies']);
    expect(data.partners.map((m) => [m.text, m.source.line])).toEqual([
      ['UNODC Data and Analysis Section', 30],
      ['Grand Fenwick', 31],
    ]);
  });

  it('when a row has no venue and States with "and" in their names, then venue is null and names stay whole', () => {
    const small = p.events[5]!;
    expect(names(small.organizers)).toEqual(['Saint Kitts and Nevis']);
    expect(names(small.partners)).toEqual(['Antigua and Barbuda', 'Sea Guardians Coalition']);
    expect(small.partners).not.toContainEqual(expect.objectContaining({ text: 'Nevis' }));
  });
});
