// Positioned text of PDF pages → the plain text the layout parsers read, one text line per visual line
// or table row, each mapped to its page and line on the page. Pure (no PDF library), so the geometry
// rules are tested on their own.
//
// Rules, in units of the line's font size (em):
// - items whose baselines are within 0.4 em form one visual line, read left to right;
// - within a line, a gap over 0.9 em separates table cells (a tab in the output), a smaller one words;
// - a line with two or more cells starts (or fits) a column grid: the left edges of its cells. Lines
//   below whose cells all start on grid columns are table lines; a cell on column k is written after k
//   tabs, so empty cells stay empty (the 2012 table finds its columns by position);
// - a table line less than 1.35 em below the previous one is the same row wrapped: its cells are
//   appended to the row's cells, and the row becomes one output line (the 2024 tab-row layout);
// - a gap over 1.9 em is a blank line (paragraph and block breaks, which the parsers read); a new page
//   is one too, as in the text exports the corpus comes from, but a table's columns carry over it;
// - text in an italic font is marked <i>…</i>, as in the text exports (the 2012 table takes a cell's
//   italic passage as its description); a passage wrapped over lines stays one passage;
// - page furniture is dropped: among the first two and last two lines of a page, those in its top or
//   bottom 7 % (the margins, outside the body) that are a bare page number ("3", "Page 3 of 12",
//   "- 3 -", "3 / 12") or recur, digits aside, at the same height on at least half of the pages of a
//   document of two or more pages (running headers and footers). Body text at the top of a page, such
//   as a repeated "SIDE EVENTS" heading, sits below the band and stays.

import type { Location } from './extracted.js';

export interface PositionedItem {
  str: string;
  /** Left edge and baseline, in PDF units, y measured from the top of the page. */
  x: number;
  y: number;
  width: number;
  /** Font size (the item's height). */
  size: number;
  /** Set in an italic or oblique font: kept as <i>…</i>, the mark the 2012 table reads descriptions by. */
  italic?: boolean;
}

export interface PositionedPage {
  height: number;
  items: PositionedItem[];
}

interface Segment {
  x: number;
  end: number;
  text: string;
}

interface VisualLine {
  y: number;
  size: number;
  segments: Segment[];
  /** 1-based line number on its page, counted over all visual lines (furniture included). */
  number: number;
}

const SAME_LINE = 0.4;
const CELL_GAP = 0.9;
const WORD_GAP = 0.12;
const WRAPPED = 1.35;
const BLANK = 1.9;
const EDGE_BAND = 0.07;

function visualLines(page: PositionedPage): VisualLine[] {
  const items = page.items.filter((i) => i.str.trim() !== '' && i.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PositionedItem[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    const base = last?.[0];
    if (
      last !== undefined &&
      base !== undefined &&
      Math.abs(item.y - base.y) <= SAME_LINE * Math.min(item.size, base.size)
    )
      last.push(item);
    else groups.push([item]);
  }
  return groups.map((group, i) => {
    const sorted = [...group].sort((a, b) => a.x - b.x);
    const size = Math.max(...sorted.map((s) => s.size));
    const segments: (Segment & { italic: boolean })[] = [];
    for (const item of sorted) {
      const seg = segments[segments.length - 1];
      const gap = seg === undefined ? Infinity : item.x - seg.end;
      const italic = item.italic === true;
      if (seg === undefined || gap > CELL_GAP * size) {
        segments.push({ x: item.x, end: item.x + item.width, text: italic ? `<i>${item.str}` : item.str, italic });
        continue;
      }
      // Runs that touch (kerning, a split word) or already carry the space join without one.
      const touching = /\s$/.test(seg.text) || /^\s/.test(item.str) || gap <= WORD_GAP * size;
      const space = touching ? '' : ' ';
      if (seg.italic === italic) seg.text += space + item.str;
      else seg.text += italic ? `${space}<i>${item.str}` : `</i>${space}${item.str}`;
      seg.italic = italic;
      seg.end = Math.max(seg.end, item.x + item.width);
    }
    for (const s of segments) s.text = (s.italic ? `${s.text}</i>` : s.text).replace(/\s+/g, ' ').trim();
    return { y: sorted[0]?.y ?? 0, size, segments, number: i + 1 };
  });
}

const lineText = (l: VisualLine) => l.segments.map((s) => s.text).join(' ');
const PAGE_NUMBER = /^(?:page\s+)?[-–—\s]*\d{1,4}[-–—\s]*(?:(?:of|\/)\s*\d{1,4})?$/i;
/** Same text (digits aside) at the same height: a running header or footer. */
const recurring = (l: VisualLine) => `${Math.round(l.y / 2)}|${lineText(l).replace(/\d+/g, '#').toLowerCase()}`;

/** The first two and last two lines of a page, when they sit in its top or bottom margin band. */
function edgeLines(page: PositionedPage, lines: VisualLine[]): VisualLine[] {
  const candidates = [...lines.slice(0, 2), ...lines.slice(-2)];
  return [...new Set(candidates)].filter((l) => l.y < page.height * EDGE_BAND || l.y > page.height * (1 - EDGE_BAND));
}

function furniture(pages: PositionedPage[], lines: VisualLine[][]): Set<VisualLine> {
  const dropped = new Set<VisualLine>();
  const edges = pages.map((p, i) => edgeLines(p, lines[i] ?? []));
  const pagesWith = new Map<string, number>();
  for (const pageEdges of edges)
    for (const key of new Set(pageEdges.map(recurring))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  for (const pageEdges of edges) {
    for (const l of pageEdges) {
      const count = pagesWith.get(recurring(l)) ?? 0;
      if (PAGE_NUMBER.test(lineText(l)) || (pages.length >= 2 && count >= 2 && count >= pages.length / 2))
        dropped.add(l);
    }
  }
  return dropped;
}

/** A line broken after a hyphen ("POLY-" / "CRIMINAL") joins without a space; others with one. */
function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  // An italic passage wrapped over lines is one passage.
  if (before.endsWith('</i>') && after.startsWith('<i>')) return joinWrapped(before.slice(0, -4), after.slice(3));
  return /\p{L}-$/u.test(before) && /^\p{L}/u.test(after) ? before + after : `${before} ${after}`;
}

export interface LaidOutText {
  text: string;
  lines: Location[];
}

/** Column of `x` in `grid` (left edges), or -1 when it starts on none of them. */
function columnOf(grid: readonly number[], x: number, size: number): number {
  const tolerance = Math.max(2, 0.3 * size);
  let best = -1;
  grid.forEach((g, i) => {
    if (Math.abs(g - x) <= tolerance && (best < 0 || Math.abs(g - x) < Math.abs((grid[best] ?? 0) - x))) best = i;
  });
  return best;
}

export function layOutPages(pages: PositionedPage[]): LaidOutText {
  const out: string[] = [];
  const map: Location[] = [];
  const emit = (text: string, at: Location) => {
    out.push(text);
    map.push(at);
  };
  const perPage = pages.map(visualLines);
  const dropped = furniture(pages, perPage);

  // A table goes on over the page break with the same columns (a row with an empty first cell at the
  // top of a page still needs them); only a blank gap or prose ends it.
  let grid: number[] | null = null;
  perPage.forEach((lines, p) => {
    const page = p + 1;
    if (p > 0 && out.length > 0 && out[out.length - 1] !== '') emit('', { page, line: 1 });
    let row: { cells: string[]; at: Location } | null = null;
    let previous: VisualLine | null = null;
    const closeRow = () => {
      if (row === null) return;
      let end = row.cells.length;
      while (end > 0 && (row.cells[end - 1] ?? '') === '') end--;
      emit(row.cells.slice(0, end).join('\t'), row.at);
      row = null;
    };
    for (const l of lines) {
      if (dropped.has(l)) continue;
      const gap = previous === null ? Infinity : (l.y - previous.y) / l.size;
      previous = l;
      const at = { page, line: l.number };
      if (gap > BLANK && Number.isFinite(gap)) {
        closeRow();
        grid = null;
        emit('', at);
      }
      let columns = grid === null ? null : l.segments.map((s) => columnOf(grid ?? [], s.x, l.size));
      if (columns !== null && columns.includes(-1)) columns = null;
      if (columns === null && l.segments.length >= 2) {
        // A line of cells that fits no current grid starts its own.
        grid = l.segments.map((s) => s.x);
        columns = l.segments.map((_, i) => i);
      }
      const wrapped = row !== null && gap <= WRAPPED;
      // One cell in the first column is prose (a day header spanning the table), unless it wraps a row.
      if (columns === null || (l.segments.length === 1 && columns[0] === 0 && !wrapped)) {
        closeRow();
        if (columns === null) grid = null;
        const text = lineText(l);
        const last = out.length - 1;
        if (gap <= WRAPPED && last >= 0 && /\p{L}-$/u.test(out[last] ?? '') && /^\p{L}/u.test(text))
          out[last] = joinWrapped(out[last] ?? '', text);
        else emit(text, at);
        continue;
      }
      if (!wrapped || row === null) {
        closeRow();
        row = { cells: [], at };
      }
      const cells = row.cells;
      l.segments.forEach((s, i) => {
        const c = columns?.[i] ?? 0;
        while (cells.length <= c) cells.push('');
        cells[c] = joinWrapped(cells[c] ?? '', s.text);
      });
    }
    closeRow();
  });
  while (out.length > 0 && out[out.length - 1] === '') {
    out.pop();
    map.pop();
  }
  return { text: out.join('\n') + '\n', lines: map };
}
