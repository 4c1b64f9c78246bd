import { describe, expect, it } from 'vitest';
import { matchTimePrefix, parseTimeRange } from '../../../ingest/parse/times.js';

describe('parseTimeRange', () => {
  it.each([
    ['10 a.m. - 1 p.m.', '10:00', '13:00'],
    ['3-6 p.m.', '15:00', '18:00'],
    ['12 noon–2 p.m..', '12:00', '14:00'],
    ['2–3.30 p.m.', '14:00', '15:30'],
    ['1.15–2.10 p.m.', '13:15', '14:10'],
    ['9 - 10 a.m.', '09:00', '10:00'],
    ['11 a.m.–12.30 p.m.', '11:00', '12:30'],
    ['12–1 p.m.', '12:00', '13:00'],
    ['11–12.30 p.m.', '11:00', '12:30'],
    ['9–9:50 a.m.', '09:00', '09:50'],
    ['7–8.30 p.m.', '19:00', '20:30'],
    ['9 a.m.–12 noon', '09:00', '12:00'],
    ['14.00–15.30', '14:00', '15:30'],
  ])('when the programme writes "%s", then it is %s–%s', (text, start, end) => {
    expect(parseTimeRange(text)).toEqual({ start, end });
  });

  it('when only a starting time is given ("2.10 p.m."), then the end is null', () => {
    expect(parseTimeRange('2.10 p.m.')).toEqual({ start: '14:10', end: null });
  });

  it('when numbers carry no a.m./p.m. and no minutes, then it is not a time', () => {
    expect(parseTimeRange('10-12')).toBeNull();
    expect(parseTimeRange('20')).toBeNull();
  });
});

describe('matchTimePrefix', () => {
  it('when a running-text line starts with a time, then the title after it is returned', () => {
    expect(matchTimePrefix('2–2.50 p.m. 20 YEARS LATER:  WHAT NEXT FOR UNTOC?')).toEqual({
      range: { start: '14:00', end: '14:50' },
      rest: ' 20 YEARS LATER:  WHAT NEXT FOR UNTOC?',
    });
  });

  it('when a title line starts with a number ("10 YEARS SINCE INCEPTION"), then it is not a time', () => {
    expect(matchTimePrefix('10 YEARS SINCE INCEPTION: ACHIEVEMENTS AND BEST PRACTICES')).toBeNull();
    expect(matchTimePrefix('2030 AGENDA')).toBeNull();
  });

  it('when the time is followed by a tab, then the rest keeps the tab', () => {
    expect(matchTimePrefix('10 a.m.–1 p.m.\tItem 1 (a).')?.rest).toBe('\tItem 1 (a).');
  });
});
