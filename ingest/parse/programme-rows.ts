// Tab-separated rows that extraction may have broken over several lines: the first line holds the
// first cells; a continuation line's text before its first tab continues the row's last cell, and
// each later tab opens a new cell.

import type { SourceLine } from './text.js';

/** One cell: the pieces of text it is made of, each with its line. */
export type Cell = SourceLine[];

export function rowCells(lines: readonly SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  lines.forEach((l, i) => {
    const parts = l.text.split('\t');
    parts.forEach((part, j) => {
      const piece = { text: part, line: l.line };
      const last = cells[cells.length - 1];
      if (i > 0 && j === 0 && last !== undefined) last.push(piece);
      else cells.push([piece]);
    });
  });
  return cells;
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell.every((p) => p.text.replace(/<[^>]*>/g, '').trim() === '');
}
