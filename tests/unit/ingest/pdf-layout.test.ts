// The geometry rules that turn positioned PDF text into the parsers' lines, on hand-placed items.
import { describe, expect, it } from 'vitest';
import { type PositionedItem, type PositionedPage, layOutPages } from '../../../ingest/extract/pdf-layout.js';

const SIZE = 10;
/** An item of `str` at x, on baseline y; width as Helvetica-ish 0.5 em per character. */
const at = (str: string, x: number, y: number, extra: Partial<PositionedItem> = {}): PositionedItem => ({
  str,
  x,
  y,
  width: str.length * SIZE * 0.5,
  size: SIZE,
  ...extra,
});
const page = (...items: PositionedItem[]): PositionedPage => ({ height: 842, items });
const lines = (...pages: PositionedPage[]) => layOutPages(pages).text.split('\n').slice(0, -1);

describe('PDF text → lines', () => {
  it('when words of one line come as separate items, then they join with single spaces, in x order', () => {
    expect(lines(page(at('world', 131, 100), at('Hello', 100, 100.5), at('!', 156, 100)))).toEqual(['Hello world!']);
  });

  it('when a line has a gap wider than about an em, then the parts are tab-separated cells', () => {
    expect(lines(page(at('1–2 p.m.', 60, 100), at('A TITLE', 160, 100), at('M3', 400, 100)))).toEqual([
      '1–2 p.m.\tA TITLE\tM3',
    ]);
  });

  it('when a row leaves its first cell empty, then the cell stays empty (columns keep their places)', () => {
    const header = [at('Time', 60, 100), at('Venue', 160, 100), at('Side event', 260, 100)];
    const row = [at('M3', 160, 118), at('Mexico: A title', 260, 118)];
    expect(lines(page(...header, ...row))).toEqual(['Time\tVenue\tSide event', '\tM3\tMexico: A title']);
  });

  it('when cells wrap over several lines of a row, then each cell is joined back and the row is one line', () => {
    const row = [
      at('1–2 p.m.', 60, 100),
      at('A LONG TITLE THAT', 160, 100),
      at('CR3', 400, 100),
      at('WRAPS Organized by', 160, 111.6),
      at('Italy, with Peru', 160, 123.2),
      at('2–3 p.m.', 60, 141),
      at('NEXT', 160, 141),
      at('M7', 400, 141),
    ];
    expect(lines(page(...row))).toEqual([
      '1–2 p.m.\tA LONG TITLE THAT WRAPS Organized by Italy, with Peru\tCR3',
      '2–3 p.m.\tNEXT\tM7',
    ]);
  });

  it('when a cell wraps after a hyphen, then the word is joined without a space', () => {
    const row = [at('9 a.m.', 60, 100), at('POLY-', 160, 100), at('M2', 400, 100), at('CRIMINAL GROUPS', 160, 111.6)];
    expect(lines(page(...row))).toEqual(['9 a.m.\tPOLY-CRIMINAL GROUPS\tM2']);
  });

  it('when lines are more than two lines apart, then a blank line separates them; adjacent lines stay adjacent', () => {
    expect(lines(page(at('MONDAY, 12 OCTOBER', 60, 100), at('one', 60, 111.6), at('two', 60, 145)))).toEqual([
      'MONDAY, 12 OCTOBER',
      'one',
      '',
      'two',
    ]);
  });

  it('when a document has pages, then each page break is a blank line and lines are numbered per page', () => {
    const laid = layOutPages([page(at('first', 60, 100), at('second', 60, 111.6)), page(at('third', 60, 100))]);
    expect(laid.text).toBe('first\nsecond\n\nthird\n');
    expect(laid.lines).toEqual([
      { page: 1, line: 1 },
      { page: 1, line: 2 },
      { page: 2, line: 1 },
      { page: 2, line: 1 },
    ]);
  });

  it('when pages carry a running header and page numbers in their margins, then those lines are dropped', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        at('UNODC · Programme of the twelfth session', 60, 35),
        at(`SIDE EVENTS`, 60, 80),
        at(`body of page ${n}`, 60, 100),
        at(n === 2 ? '- 2 -' : `Page ${n} of 3`, 280, 810),
      ),
    );
    const laid = layOutPages(pages);
    expect(laid.text.split('\n').filter((l) => l !== '')).toEqual([
      'SIDE EVENTS',
      'body of page 1',
      'SIDE EVENTS',
      'body of page 2',
      'SIDE EVENTS',
      'body of page 3',
    ]);
    // Lines keep their number on the printed page: the header is line 1, so "SIDE EVENTS" is line 2.
    expect(laid.lines[0]).toEqual({ page: 1, line: 2 });
  });

  it('when a line recurs at the top of only one page of three, then it is kept', () => {
    const pages = [1, 2, 3].map((n) => page(at(n === 1 ? 'Draft' : `text ${n}`, 60, 35), at('body', 60, 100)));
    expect(layOutPages(pages).text).toMatch(/^Draft\n/);
  });

  it('when text is set in an italic font, then it is marked <i>…</i> and a wrapped passage stays one', () => {
    const italic = { italic: true };
    const row = [
      at('1 - 2 p.m.', 60, 100),
      at('M3', 160, 100),
      at('The side event', 260, 100, italic),
      at('emphasizes cooperation.', 260, 111.6, italic),
    ];
    expect(lines(page(...row))).toEqual(['1 - 2 p.m.\tM3\t<i>The side event emphasizes cooperation.</i>']);
  });

  it('when a table continues at the top of the next page with an empty first cell, then its columns carry over', () => {
    const first = page(at('2 - 3 p.m.', 60, 700), at('M7', 160, 700), at('ICAT: A title', 260, 700));
    const second = page(at('M3', 160, 100), at('France / UNODC: Launch', 260, 100));
    expect(lines(first, second)).toEqual(['2 - 3 p.m.\tM7\tICAT: A title', '', '\tM3\tFrance / UNODC: Launch']);
  });
});
