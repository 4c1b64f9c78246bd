import { describe, expect, it } from 'vitest';
import { dayHeaderDate, parseDayHeader } from '../../../ingest/parse/day-headers.js';
import { parseProgrammeHeader } from '../../../ingest/parse/programme-header.js';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('parseProgrammeHeader', () => {
  it('when the header says "Sixth session" and "15–19 October 2012, Vienna", then it reads session 6 in Vienna', () => {
    expect(
      parseProgrammeHeader(
        'f.txt',
        lines('Programme', 'Sixth session of the Conference', '15–19 October 2012, Vienna'),
      ),
    ).toEqual({
      number: 6,
      city: 'Vienna',
      startDate: '2012-10-15',
      endDate: '2012-10-19',
      source: { file: 'f.txt', line: 2 },
    });
  });

  it('when the header is upper case ("TENTH SESSION", "12–16 OCTOBER 2020, VIENNA"), then the city is title-cased', () => {
    const s = parseProgrammeHeader('f.txt', lines('TENTH SESSION OF THE CONFERENCE', '12–16 OCTOBER 2020, VIENNA'));
    expect([s.number, s.city, s.startDate, s.endDate]).toEqual([10, 'Vienna', '2020-10-12', '2020-10-16']);
  });

  it('when the city comes first ("Vienna, 14–18 October 2024"), then it is still read', () => {
    const s = parseProgrammeHeader('f.txt', lines('Twelfth session', 'Vienna, 14–18 October 2024'));
    expect([s.number, s.city, s.startDate]).toEqual([12, 'Vienna', '2024-10-14']);
  });

  it('when the dates cross months with a hyphen ("30 September-4 October 2019"), then both months are kept', () => {
    const s = parseProgrammeHeader('f.txt', lines('Twenty-ninth session', '30 September-4 October 2019, Palermo'));
    expect([s.number, s.city, s.startDate, s.endDate]).toEqual([29, 'Palermo', '2019-09-30', '2019-10-04']);
  });

  it('when the session is a numeral ("6th session"), then it is read', () => {
    expect(parseProgrammeHeader('f.txt', lines('6th session', '1–5 June 2030, Doha')).number).toBe(6);
  });

  it('when the dates cross the year ("28 December 2029–3 January 2030"), then the start keeps its own year', () => {
    const s = parseProgrammeHeader('f.txt', lines('Thirtieth session', '28 December 2029–3 January 2030, Vienna'));
    expect([s.number, s.startDate, s.endDate]).toEqual([30, '2029-12-28', '2030-01-03']);
  });
});

describe('parseDayHeader', () => {
  it('when a header carries a room ("MONDAY, 12 OCTOBER Plenary Hall, M-Building"), then the room is the rest', () => {
    expect(parseDayHeader('MONDAY, 12 OCTOBER Plenary Hall, M-Building')).toMatchObject({
      weekday: 'monday',
      day: 12,
      month: 10,
      continued: false,
      rest: 'Plenary Hall, M-Building',
    });
  });

  it('when a header repeats a day after a page break ("(CONTINUED)"), then it is marked continued', () => {
    const h = parseDayHeader(' WEDNESDAY, 14 OCTOBER (CONTINUED)');
    expect(h).toMatchObject({ day: 14, continued: true, rest: '' });
    expect(dayHeaderDate(h!, '2020-10-12', '2020-10-16')).toBe('2020-10-14');
  });

  it('when a table row holds the header ("MONDAY, 15 OCTOBER<TAB><TAB>"), then it is read', () => {
    expect(parseDayHeader('MONDAY, 15 OCTOBER\t\t')?.day).toBe(15);
  });
});
