// The historical timeline in "UNTOC at 20": year headings ("### 1975", "## 1998") with paragraphs
// under them, interrupted by page furniture and footnotes (a paragraph cut by a page break runs on
// after them). Each paragraph becomes one entry, split where a later sentence opens a new dated event
// ("The first session … took place in April 1992. On 16 December, the General Assembly adopted …").
// An entry is dated as precisely as its text: the year heading, refined to the first month or day
// the entry names.

import { IngestError } from '../errors.js';
import type { TimelineRecord } from '../records.js';
import { firstDateIn, heading, isFootnoteOrFurniture, plainText, src } from './reference-text.js';
import type { SourceLine } from './text.js';

interface Piece {
  text: string;
  line: number;
}

/** A paragraph not closed by sentence punctuation runs on into the next one (a page break cut it). */
function endsSentence(text: string): boolean {
  return /[.!?:;”"’)]$/.test(text.trim());
}

function sentences(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const parts = p.text.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"(])/);
    const last = out.at(-1);
    const [head = '', ...rest] = parts;
    // A piece that continues a cut sentence joins it.
    if (last !== undefined && !endsSentence(last.text)) last.text = `${last.text} ${head}`;
    else out.push({ text: head, line: p.line });
    for (const s of rest) out.push({ text: s, line: p.line });
  }
  return out.filter((s) => s.text.trim() !== '');
}

function entriesOfParagraph(file: string, year: number, pieces: readonly Piece[]): TimelineRecord[] {
  const out: TimelineRecord[] = [];
  let cur: {
    date: string;
    precise: boolean;
    text: string;
    line: number;
  } | null = null;
  for (const s of sentences(pieces)) {
    const date = firstDateIn(s.text, year);
    if (cur === null || (date !== null && cur.precise)) {
      if (cur !== null)
        out.push({
          date: cur.date,
          text: cur.text,
          source: src(file, cur.line),
        });
      cur = {
        date: date ?? String(year),
        precise: date !== null,
        text: s.text,
        line: s.line,
      };
    } else {
      cur.text = `${cur.text} ${s.text}`;
      if (date !== null) {
        cur.date = date;
        cur.precise = true;
      }
    }
  }
  if (cur !== null) out.push({ date: cur.date, text: cur.text, source: src(file, cur.line) });
  return out;
}

export function parseTimeline(file: string, lines: readonly SourceLine[]): TimelineRecord[] {
  const start = lines.findIndex((l) => /^historical timeline\b/i.test(heading(l.text)?.title ?? ''));
  if (start < 0) throw new IngestError(file, 1, 'the historical timeline section is missing');

  const out: TimelineRecord[] = [];
  let year: number | null = null;
  let yearLine = 0;
  let paragraphs: Piece[][] = [];
  const flush = () => {
    if (year === null) return;
    if (paragraphs.length === 0) throw new IngestError(file, yearLine, `the timeline year ${year} has no text`);
    for (const p of paragraphs) out.push(...entriesOfParagraph(file, year, p));
    paragraphs = [];
  };
  let ended = false;
  for (const l of lines.slice(start + 1)) {
    const h = heading(l.text);
    if (h !== null) {
      if (/^\d{4}$/.test(h.title)) {
        flush();
        const y = Number(h.title);
        if (year !== null && y <= year) throw new IngestError(file, l.line, `timeline year ${y} follows ${year}`);
        year = y;
        yearLine = l.line;
        continue;
      }
      if (/^historical timeline\b/i.test(h.title)) continue;
      if (year !== null) {
        ended = true;
        break;
      }
      continue;
    }
    if (year === null || isFootnoteOrFurniture(l.text)) continue;
    const text = plainText(l.text);
    if (text === '') continue;
    const prev = paragraphs.at(-1);
    const prevText = prev?.at(-1)?.text;
    if (prev !== undefined && prevText !== undefined && !endsSentence(prevText)) prev.push({ text, line: l.line });
    else paragraphs.push([{ text, line: l.line }]);
  }
  if (year === null)
    throw new IngestError(file, lines[start]?.line ?? 1, 'the historical timeline has no year headings');
  if (!ended)
    throw new IngestError(
      file,
      lines.at(-1)?.line ?? 1,
      'the historical timeline runs to the end of the document (truncated?)',
    );
  flush();
  return out;
}
