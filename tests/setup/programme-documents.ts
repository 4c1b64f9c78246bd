// Renders a bundled text programme as the documents it was published as, at test time: a PDF drawn with
// pdfkit (tables whose cells wrap, bordered or not; running text; a running header and "Page N of M"
// footer as furniture) and an HTML page (tables for tab-separated rows, paragraphs for the rest).
// Each renderer also says where every text line landed (PDF page and line on the page, HTML source
// line), so tests can check that citations point at the right place.
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import type { Location } from '../../ingest/extract/extracted.js';

export interface Rendered<T> {
  document: T;
  /** Where text line n (index n - 1) is printed; null for blank lines. */
  at: (Location | null)[];
}

export interface PdfOptions {
  /** Draw cell borders (the 2012 programme's bordered table). */
  bordered?: boolean;
  fontSize?: number;
  layout?: 'portrait' | 'landscape';
  /** pdfkit's userPassword: the PDF cannot be opened without it. */
  password?: string;
  /** A running header and page-number footer on every page (page furniture). */
  furniture?: boolean;
}

const TAGS_KEPT = /&lt;(\/?)(p|i|b)&gt;/g;
const stripTags = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Block = { kind: 'blank'; line: number } | { kind: 'text'; line: number; text: string } | TableBlock;
interface TableBlock {
  kind: 'table';
  rows: { line: number; cells: string[] }[];
}

/** Text lines → blank lines, plain lines, and runs of tab-separated lines (tables). */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return void out.push({ kind: 'blank', line });
    if (!raw.includes('\t')) return void out.push({ kind: 'text', line, text: raw });
    const last = out[out.length - 1];
    const row = { line, cells: raw.split('\t') };
    if (last?.kind === 'table') last.rows.push(row);
    else out.push({ kind: 'table', rows: [row] });
  });
  return out;
}

const isSpanning = (cells: string[]) => cells.slice(1).every((c) => stripTags(c) === '');

export function renderPdf(text: string, options: PdfOptions = {}): Promise<Rendered<Buffer>> {
  const size = options.fontSize ?? 8;
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margins: { top: 60, bottom: 60, left: 40, right: 40 },
    bufferPages: true,
    ...(options.password ? { userPassword: options.password, ownerPassword: `${options.password}-owner` } : {}),
    info: { Title: 'Programme (rendered for tests)' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica').fontSize(size);
  const lineHeight = doc.currentLineHeight(true);
  const padX = 0.6 * size;
  const padY = 0.3 * size;
  const left = 40;
  const width = doc.page.width - 80;
  const bottom = () => doc.page.height - 60;
  const at: (Location | null)[] = [];
  let page = 1;
  let y = 60;
  // Visual lines drawn so far on this page; the running header is line 1.
  let drawn = options.furniture === false ? 0 : 1;
  const linesOf = (s: string, w: number) => Math.max(1, Math.round(doc.heightOfString(s, { width: w }) / lineHeight));
  const room = (height: number) => {
    if (y + height <= bottom()) return;
    doc.addPage();
    page += 1;
    y = 60;
    drawn = options.furniture === false ? 0 : 1;
  };

  for (const block of blocks(text)) {
    if (block.kind === 'blank') {
      at[block.line - 1] = null;
      if (y > 60) y += lineHeight;
      continue;
    }
    if (block.kind === 'text') {
      const s = stripTags(block.text);
      const n = linesOf(s, width);
      room(n * lineHeight);
      at[block.line - 1] = { page, line: drawn + 1 };
      doc.text(s, left, y, { width });
      y += n * lineHeight;
      drawn += n;
      continue;
    }
    const columns = Math.max(...block.rows.filter((r) => !isSpanning(r.cells)).map((r) => r.cells.length), 1);
    const widths = columnWidths(block, columns, width);
    for (const row of block.rows) {
      const cells = isSpanning(row.cells) ? [stripTags(row.cells[0] ?? '')] : row.cells.map(stripTags);
      const cellWidths = cells.length === 1 && isSpanning(row.cells) ? [width] : widths;
      const n = Math.max(...cells.map((c, i) => (c === '' ? 1 : linesOf(c, (cellWidths[i] ?? 60) - 2 * padX))));
      const height = n * lineHeight + 2 * padY;
      room(height);
      at[row.line - 1] = { page, line: drawn + 1 };
      let x = left;
      cellWidths.forEach((w, i) => {
        const c = cells[i] ?? '';
        if (options.bordered) doc.rect(x, y, w, height).lineWidth(0.5).stroke();
        if (c !== '') doc.text(c, x + padX, y + padY, { width: w - 2 * padX });
        x += w;
      });
      y += height;
      drawn += n;
    }
  }

  if (options.furniture !== false) {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.fontSize(7).text('United Nations Office on Drugs and Crime · Programme', left, 28, { width, align: 'left' });
      doc.text(`Page ${i + 1} of ${range.count}`, left, doc.page.height - 40, { width, align: 'center' });
      doc.page.margins.bottom = margin;
      doc.fontSize(size);
    }
  }
  doc.end();
  return done.then((document) => ({ document, at }));
}

/** The time column fits "10 a.m.–1 p.m."; the others share the rest by how much text they hold. */
function columnWidths(table: TableBlock, columns: number, width: number): number[] {
  const first = 78;
  if (columns === 1) return [width];
  const weights = Array.from({ length: columns - 1 }, (_, i) => {
    const texts = table.rows.map((r) => stripTags(r.cells[i + 1] ?? '')).filter((c) => c !== '');
    const mean = texts.length === 0 ? 1 : texts.reduce((n, t) => n + t.length, 0) / texts.length;
    return Math.sqrt(Math.max(mean, 8));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const rest = weights.map((w) => Math.max(64, ((width - first) * w) / total));
  const scale = (width - first) / rest.reduce((a, b) => a + b, 0);
  return [first, ...rest.map((w) => w * scale)];
}

/**
 * The programme as a web page: tab-separated runs as <table> rows (the text's <p>/<i> marks kept as
 * markup), other runs of lines as paragraphs with <br>. One element per source line, so the line map
 * is exact.
 */
export function renderHtml(text: string, css = ''): Rendered<string> {
  const html: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>Programme</title>',
    `<style>body{font:9pt/1.2 "Liberation Sans",Arial,sans-serif} td{vertical-align:top;padding:2pt 8pt} td p{margin:0} td:first-child{white-space:nowrap} tr{break-inside:avoid} ${css}</style>`,
    '<script>window.analytics = "<p>not text</p>";</script>',
    '</head>',
    '<body>',
    '<nav><a href="/">Home</a> | <a href="/cop">Conference of the Parties</a></nav>',
  ];
  const at: (Location | null)[] = [];
  const markup = (s: string) => escapeHtml(s).replace(TAGS_KEPT, '<$1$2>');
  let paragraph = false;
  const closeParagraph = () => {
    if (paragraph) html.push('</p>');
    paragraph = false;
  };
  for (const block of blocks(text)) {
    if (block.kind === 'blank') {
      closeParagraph();
      at[block.line - 1] = null;
    } else if (block.kind === 'text') {
      if (!paragraph) html.push('<p>');
      else html[html.length - 1] += '<br>';
      paragraph = true;
      html.push(markup(block.text.trim()));
      at[block.line - 1] = { line: html.length };
    } else {
      closeParagraph();
      html.push('<table>');
      for (const row of block.rows) {
        const cells = row.cells.map((c) => `<td>${markup(c.trim())}</td>`).join('');
        html.push(`<tr>${cells}</tr>`);
        at[row.line - 1] = { line: html.length };
      }
      html.push('</table>');
    }
  }
  closeParagraph();
  html.push('</body>', '</html>', '');
  return { document: html.join('\n'), at };
}

// ---- Bad PDFs, made the way they arrive: a scan, a password-protected export, a download cut short ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A grey 64×64 PNG: the "scanned page" (pixels, no text layer). */
export function scanPng(): Buffer {
  const size = 64;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, y) =>
      Buffer.from([0, ...Array.from({ length: size }, (_, x) => ((x ^ y) & 8 ? 40 : 220))]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PDF whose first page has text and whose second page is only a scanned image. */
export function scannedPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(12).text('Programme of the thirteenth session (scanned annex follows)', 60, 80);
  doc.addPage();
  doc.image(scanPng(), 60, 60, { width: 470 });
  doc.end();
  return done;
}
