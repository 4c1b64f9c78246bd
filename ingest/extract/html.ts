// HTML → text for the layout parsers, through parse5 (the WHATWG-conformant parser behind jsdom): the
// page is read as a browser lays it out, not with regular expressions. Each table row becomes one line
// of tab-separated cells (what the tab-row and table layouts read), each paragraph, heading, list item
// or <br>-separated run a line of its own, and blocks with vertical margins (paragraphs, headings,
// tables, lists) are set apart by a blank line, as on screen. Every line maps to the source line of the
// element it came from (the row's <tr>, the paragraph's first text).
import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';
import { IngestError } from '../errors.js';
import type { ExtractedText, Location } from './extracted.js';

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'svg',
  'iframe',
  'object',
  'select',
]);
/** Blocks a browser puts vertical space around. */
const SPACED = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'figure',
  'hr',
]);
/** Blocks that start and end a line. */
const BLOCK = new Set([
  ...SPACED,
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'dd',
  'div',
  'dt',
  'figcaption',
  'footer',
  'form',
  'header',
  'li',
  'main',
  'section',
  'tbody',
  'thead',
  'tfoot',
]);

const isElement = (n: T.Node): n is T.Element => 'tagName' in n;
const isText = (n: T.Node): n is T.TextNode => n.nodeName === '#text';
const childrenOf = (n: T.Node): T.ChildNode[] =>
  isElement(n) && n.tagName === 'template' ? [] : 'childNodes' in n ? n.childNodes : [];

/** Source line of the first non-space character of a text node. */
function textLine(node: T.TextNode): number {
  const start = node.sourceCodeLocation?.startLine ?? 1;
  const lead = /^\s*/.exec(node.value)?.[0] ?? '';
  return start + (lead.match(/\n/g) ?? []).length;
}

/**
 * Italics are kept as <i>…</i>, the mark text exports of programmes carry and the 2012 table reads (one
 * description per italic block in a "SPLIT PANEL" row); every other tag is gone from the text.
 */
const ITALIC = new Set(['i', 'em']);

/** A cell's text: all its text, blocks and <br> read as spaces, italics marked. */
function cellText(node: T.Node): string {
  if (isText(node)) return node.value;
  if (isElement(node) && SKIPPED.has(node.tagName)) return '';
  const inner = childrenOf(node).map(cellText).join('');
  if (!isElement(node)) return inner;
  if (ITALIC.has(node.tagName)) return `<i>${inner}</i>`;
  return BLOCK.has(node.tagName) || node.tagName === 'br' ? ` ${inner} ` : inner;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

class Lines {
  readonly text: string[] = [];
  readonly map: Location[] = [];
  private buffer = '';
  private bufferLine: number | null = null;

  add(value: string, line: number): void {
    if (this.bufferLine === null && value.trim() !== '') this.bufferLine = line;
    this.buffer += value;
  }

  /** Ends the current line, if it has any text. */
  flush(): void {
    const text = collapse(this.buffer);
    if (text !== '' && this.bufferLine !== null) this.push(text, this.bufferLine);
    this.buffer = '';
    this.bufferLine = null;
  }

  push(text: string, line: number): void {
    this.text.push(text);
    this.map.push({ line });
  }

  blank(line: number): void {
    this.flush();
    if (this.text.length > 0 && this.text[this.text.length - 1] !== '') this.push('', line);
  }
}

function row(tr: T.Element, lines: Lines): void {
  const cells: string[] = [];
  for (const cell of tr.childNodes) {
    if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
    cells.push(collapse(cellText(cell)));
    // A cell spanning columns leaves the later columns empty, so column positions stay right.
    const span = Number(cell.attrs.find((a) => a.name === 'colspan')?.value ?? 1);
    for (let i = 1; i < Math.min(Number.isFinite(span) ? span : 1, 50); i++) cells.push('');
  }
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length > 0) lines.push(cells.join('\t'), tr.sourceCodeLocation?.startLine ?? 1);
}

function walk(node: T.Node, lines: Lines, pre: boolean): void {
  if (isText(node)) {
    if (!pre) return lines.add(node.value, textLine(node));
    const start = node.sourceCodeLocation?.startLine ?? 1;
    node.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.flush();
      lines.add(part, start + i);
    });
    return;
  }
  if (!isElement(node)) {
    for (const child of childrenOf(node)) walk(child, lines, pre);
    return;
  }
  const tag = node.tagName;
  const line = node.sourceCodeLocation?.startLine ?? 1;
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') return lines.flush();
  if (tag === 'tr') {
    lines.flush();
    return row(node, lines);
  }
  if (SPACED.has(tag)) lines.blank(line);
  else if (BLOCK.has(tag)) lines.flush();
  if (ITALIC.has(tag)) lines.add('<i>', line);
  for (const child of childrenOf(node)) walk(child, lines, pre || tag === 'pre');
  if (ITALIC.has(tag)) lines.add('</i>', line);
  if (SPACED.has(tag)) lines.blank(node.sourceCodeLocation?.endTag?.startLine ?? line);
  else if (BLOCK.has(tag)) lines.flush();
}

export function extractHtml(source: string, file: string): ExtractedText {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const lines = new Lines();
  walk(document, lines, false);
  lines.flush();
  while (lines.text.length > 0 && lines.text[lines.text.length - 1] === '') {
    lines.text.pop();
    lines.map.pop();
  }
  if (lines.text.length === 0) throw new IngestError(file, null, 'HTML page has no text in its body');
  return { format: 'html', text: lines.text.join('\n') + '\n', lines: lines.map };
}
