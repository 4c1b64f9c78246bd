import { describe, expect, it } from 'vitest';
import { firstDateIn, parseDate, parseDateRange, plainText } from '../../../ingest/parse/reference-text.js';

describe('reference dates', () => {
  it('when a range spans two months, then both ends get the year printed once', () => {
    expect(parseDateRange('28 June–09 July 2004')).toEqual({
      start: '2004-06-28',
      end: '2004-07-09',
    });
  });

  it('when a range is within one month, then the month is shared', () => {
    expect(parseDateRange('10–21 October 2005')).toEqual({
      start: '2005-10-10',
      end: '2005-10-21',
    });
    expect(parseDateRange('12 to 16 October 2020')).toEqual({
      start: '2020-10-12',
      end: '2020-10-16',
    });
  });

  it('when a date is impossible or backwards, then it is rejected', () => {
    expect(parseDate('31 June 2004')).toBeNull();
    expect(parseDateRange('21–10 October 2005')).toBeNull();
  });

  it('when a sentence names a day or a month, then the first one dates it within the heading year', () => {
    expect(firstDateIn('On 1 October, the Government of Poland submitted a draft', 1996)).toBe('1996-10-01');
    expect(firstDateIn('held in Milan, Italy (26 August–6 September), and', 1985)).toBe('1985-08-26');
    expect(firstDateIn('took place in February and March.', 2001)).toBe('2001-02');
    expect(firstDateIn('States may consider it', 2001)).toBeNull();
  });
});

describe('plainText', () => {
  it('when a line carries links, emphasis, escapes and footnote markers, then only the words remain', () => {
    expect(
      plainText('the [Organized Crime and Illicit Trafficking Branch \\(OCB\\)](#) is **in charge**<sup>3</sup>'),
    ).toBe('the Organized Crime and Illicit Trafficking Branch (OCB) is in charge');
  });
});
