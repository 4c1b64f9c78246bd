// HTML pages → the parsers' lines, through a real HTML parser, each line mapped to its element's line.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../ingest/extract/html.js';

const extract = (html: string) => extractHtml(html, 'page.html');

describe('HTML → lines', () => {
  it('when a table row has cells, then they are tab-separated and the row cites its <tr> line', () => {
    const out = extract(
      [
        '<!DOCTYPE html><html><body>',
        '<table>',
        '<tr><td>1–1.50 p.m.</td><td><p>A TITLE</p> <p>Organized by Italy</p></td><td>CR3</td></tr>',
        '<tr>',
        '  <td></td><td>M3</td><td>Mexico: A &amp; B</td>',
        '</tr>',
        '</table></body></html>',
      ].join('\n'),
    );
    expect(out.text).toBe('1–1.50 p.m.\tA TITLE Organized by Italy\tCR3\n\tM3\tMexico: A & B\n');
    expect(out.lines).toEqual([{ line: 3 }, { line: 4 }]);
  });

  it('when a cell spans columns, then the later columns are left empty so positions stay right', () => {
    expect(extract('<table><tr><td colspan="2">MONDAY</td><td>x</td></tr></table>').text).toBe('MONDAY\t\tx\n');
  });

  it('when paragraphs follow each other, then a blank line separates them; <br> breaks a line', () => {
    const out = extract('<body>\n<p>MONDAY, 12 OCTOBER<br>\n2–3 p.m. A TITLE</p>\n<p>Organized by Chile</p>\n</body>');
    expect(out.text).toBe('MONDAY, 12 OCTOBER\n2–3 p.m. A TITLE\n\nOrganized by Chile\n');
    expect(out.lines?.map((l) => l.line)).toEqual([2, 3, 3, 4]);
  });

  it('when a page has scripts, styles and navigation, then none of their text is read', () => {
    const out = extract(
      '<html><head><title>T</title><style>p{color:red}</style></head><body><nav>Home | News</nav><script>var p = "<p>x</p>";</script><div>Programme</div></body></html>',
    );
    expect(out.text).toBe('Programme\n');
  });

  it('when text is in <i> or <em>, then it is marked <i>…</i> as in the text exports; other tags are gone', () => {
    expect(
      extract('<table><tr><td><b>Time</b></td><td><em>Venue</em></td><td><i>Side</i> event</td></tr></table>').text,
    ).toBe('Time\t<i>Venue</i>\t<i>Side</i> event\n');
  });

  it('when markup is broken (unclosed cells and paragraphs), then it is read as a browser would', () => {
    expect(extract('<table><tr><td>9 a.m.<td>TITLE<tr><td>10 a.m.<td>NEXT</table><p>one<p>two').text).toBe(
      '9 a.m.\tTITLE\n10 a.m.\tNEXT\n\none\n\ntwo\n',
    );
  });
});
