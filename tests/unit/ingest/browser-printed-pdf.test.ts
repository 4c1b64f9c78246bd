// A PDF made by a real browser, not by our own writer: Debian's Chromium (driven by playwright-core)
// prints the HTML rendering of the programmes with its own fonts, line breaking, page breaks and (2024) a
// header and page-number footer. Ingesting those PDFs gives the same records as the text versions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../../../ingest/extract/pdf.js';
import type { GraphBatch } from '../../../ingest/graph-batch.js';
import { BUNDLED_CORPUS, planDocuments } from '../../../ingest/pipeline.js';
import { findChromium } from '../../setup/chromium.js';
import { renderHtml } from '../../setup/programme-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'cg-printed-'));
const COP12 = '001_5cb52ae7af251058';

async function batchOf(path: string): Promise<GraphBatch> {
  const [planned] = await planDocuments([path]);
  expect(planned?.error).toBeNull();
  return planned!.batch!;
}
const withoutSource = <T extends { sourceFile: string; sourceLine: number; sourcePage: number | null }>(r: T) => ({
  ...r,
  sourceFile: null,
  sourceLine: null,
  sourcePage: null,
});

describe('a programme printed to PDF by Chromium', { timeout: 30_000 }, () => {
  let browser: Browser;
  let printed: Buffer;
  let text: GraphBatch;
  let pdf: GraphBatch;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium() });
    const page = await browser.newPage();
    const source = readFileSync(join(BUNDLED_CORPUS, `${COP12}.txt`), 'utf8');
    await page.setContent(renderHtml(source).document, { waitUntil: 'load' });
    printed = await page.pdf({
      format: 'A4',
      margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:7pt;margin-left:15mm">UNODC · CTOC/COP/2024 programme</div>',
      footerTemplate:
        '<div style="font-size:7pt;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    writeFileSync(join(dir, `${COP12}.pdf`), printed);
    text = await batchOf(join(BUNDLED_CORPUS, `${COP12}.txt`));
    pdf = await batchOf(join(dir, `${COP12}.pdf`));
  }, 120_000);
  afterAll(async () => browser?.close());

  it('when ingested, then it gives the same events and organizer links as the text version', () => {
    expect(pdf.events.length).toBe(73);
    expect(pdf.events.map(withoutSource)).toEqual(text.events.map(withoutSource));
    expect(pdf.organizes.map(withoutSource)).toEqual(text.organizes.map(withoutSource));
  });

  it.each([
    ['2020 running text', '000_6fa93a35363d56cd', 69],
    ['2012 table', '003_3b9c9c4b9c50490a', 37],
  ])(
    'when the %s programme is printed too, then it gives the same events and organizer links',
    async (_, file, n) => {
      const page = await browser.newPage();
      await page.setContent(renderHtml(readFileSync(join(BUNDLED_CORPUS, `${file}.txt`), 'utf8')).document);
      writeFileSync(
        join(dir, `${file}.pdf`),
        await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm' } }),
      );
      await page.close();
      const fromText = await batchOf(join(BUNDLED_CORPUS, `${file}.txt`));
      const fromPdf = await batchOf(join(dir, `${file}.pdf`));
      // Descriptions aside: a 2012 "SPLIT PANEL" cell's two italic descriptions print as one passage.
      const event = (e: GraphBatch['events'][number]) => ({
        ...e,
        sourceFile: null,
        sourceLine: null,
        sourcePage: null,
        description: null,
      });
      expect(fromPdf.events.map(event)).toEqual(fromText.events.map(event));
      expect(fromPdf.events).toHaveLength(n);
      expect(fromPdf.organizes.map(withoutSource)).toEqual(fromText.organizes.map(withoutSource));
    },
    30_000,
  );

  it('when extracted, then the browser header and "N / M" page numbers are gone and events cite several pages', async () => {
    const extracted = await extractPdf(printed, `${COP12}.pdf`);
    expect(extracted.text).not.toMatch(/CTOC\/COP\/2024 programme/);
    expect(extracted.text).not.toMatch(/^\d+ \/ \d+$/m);
    const pages = new Set(pdf.events.map((e) => e.sourcePage));
    expect(pages.size).toBeGreaterThan(2);
    expect([...pages].every((p) => p !== null && p >= 1)).toBe(true);
  });

  it('when a side event is cited, then its title is printed on the cited page', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(printed), verbosity: 0 }).promise;
    const sample = pdf.events.filter((e) => e.kind === 'SIDE_EVENT').filter((_, i) => i % 10 === 0);
    expect(sample.length).toBeGreaterThan(4);
    for (const event of sample) {
      const page = await doc.getPage(event.sourcePage!);
      const content = await page.getTextContent();
      const printedText = content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
      expect(printedText.replace(/\s+/g, ' ')).toContain(event.title.split(' ').slice(0, 3).join(' '));
    }
    await doc.destroy();
  });
});
