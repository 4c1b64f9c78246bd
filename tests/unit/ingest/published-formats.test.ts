// The bundled programmes, rendered at test time as the PDFs and web pages they were published as, give
// the same records as their text versions, and every citation points at the page and line (PDF) or the
// element line (HTML) where the fact is printed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Location } from '../../../ingest/extract/extracted.js';
import type { GraphBatch } from '../../../ingest/graph-batch.js';
import { dryRunReport } from '../../../ingest/dry-run.js';
import { BUNDLED_CORPUS, planDocuments } from '../../../ingest/pipeline.js';
import { type PdfOptions, type Rendered, renderHtml, renderPdf } from '../../setup/programme-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'cg-published-'));

interface Programme {
  name: string;
  file: string;
  pdf: PdfOptions;
}
const PROGRAMMES: Programme[] = [
  { name: '2024 tab rows (cells wrap over several lines)', file: '001_5cb52ae7af251058', pdf: {} },
  { name: '2020 running text', file: '000_6fa93a35363d56cd', pdf: { layout: 'landscape', fontSize: 9 } },
  { name: '2012 bordered table', file: '003_3b9c9c4b9c50490a', pdf: { bordered: true } },
];

async function batchOf(path: string): Promise<GraphBatch> {
  const [planned] = await planDocuments([path]);
  expect(planned?.error).toBeNull();
  return planned!.batch!;
}

/** A row without its provenance, to compare what two formats say. */
function fact<T extends { sourceFile: string; sourceLine: number; sourcePage: number | null }>(row: T): object {
  return { ...row, sourceFile: null, sourceLine: null, sourcePage: null };
}
const where = (row: { sourceLine: number; sourcePage: number | null }): Location =>
  row.sourcePage === null ? { line: row.sourceLine } : { page: row.sourcePage, line: row.sourceLine };
const printedAt = (rendered: Rendered<unknown>, textLine: number): Location | null | undefined =>
  rendered.at[textLine - 1];

// In a PDF the two italic descriptions of a 2012 "SPLIT PANEL" cell read as one passage (nothing on the
// page separates them), so each panel carries both; the text export marks them as two <i> blocks.
const sharesRowDescription = (text: GraphBatch, i: number) =>
  text.events.some((e, j) => j !== i && e.sourceLine === text.events[i]?.sourceLine && e.kind === 'SIDE_EVENT');

describe.each(PROGRAMMES)('the $name programme', ({ file, pdf }) => {
  let text: GraphBatch;
  const formats: Record<'pdf' | 'html', { batch: GraphBatch; rendered: Rendered<unknown> }> = {} as never;

  beforeAll(async () => {
    const source = readFileSync(join(BUNDLED_CORPUS, `${file}.txt`), 'utf8');
    text = await batchOf(join(BUNDLED_CORPUS, `${file}.txt`));
    const renderedPdf = await renderPdf(source, pdf);
    writeFileSync(join(dir, `${file}.pdf`), renderedPdf.document);
    const renderedHtml = renderHtml(source);
    writeFileSync(join(dir, `${file}.html`), renderedHtml.document);
    formats.pdf = { batch: await batchOf(join(dir, `${file}.pdf`)), rendered: renderedPdf };
    formats.html = { batch: await batchOf(join(dir, `${file}.html`)), rendered: renderedHtml };
  }, 60_000);

  describe.each(['pdf', 'html'] as const)('as %s', (format) => {
    it('when ingested, then it gives the same events as the text version', () => {
      const { batch } = formats[format];
      expect(batch.events.length).toBe(text.events.length);
      expect(batch.events.length).toBeGreaterThan(30);
      const strip = (e: GraphBatch['events'][number]) => ({
        ...e,
        sourceFile: null,
        sourceLine: null,
        sourcePage: null,
        description: null,
      });
      expect(batch.events.map(strip)).toEqual(text.events.map(strip));
      batch.events.forEach((e, i) => {
        const expected = text.events[i]?.description ?? null;
        if (format === 'pdf' && sharesRowDescription(text, i) && expected !== null)
          expect(e.description).toContain(expected);
        else expect(e.description).toBe(expected);
      });
    });

    it('when ingested, then it gives the same organizer and partner links, agenda items and working groups', () => {
      const { batch } = formats[format];
      expect(batch.organizes.length).toBeGreaterThan(20);
      expect(batch.organizes.map(fact)).toEqual(text.organizes.map(fact));
      expect(batch.organizations.map((o) => o.key).sort()).toEqual(text.organizations.map((o) => o.key).sort());
      expect(batch.discusses.map(fact)).toEqual(text.discusses.map(fact));
      expect(batch.meetingOf.map(fact)).toEqual(text.meetingOf.map(fact));
      expect(batch.sessions.map(fact)).toEqual(text.sessions.map(fact));
    });

    it('when ingested, then every event and organizer link cites where it is printed', () => {
      const { batch, rendered } = formats[format];
      const cited = [...batch.events, ...batch.organizes].map(where);
      const expected = [...text.events, ...text.organizes].map((r) => printedAt(rendered, r.sourceLine));
      expect(cited).toEqual(expected);
      if (format === 'pdf') {
        // Pages beyond the first are cited too, and a line on a page is never past the page's end.
        const pages = new Set(cited.map((c) => c.page));
        expect(pages.size).toBeGreaterThan(1);
        expect(Math.max(...cited.map((c) => c.line))).toBeLessThan(90);
      } else {
        expect(cited.every((c) => c.page === undefined)).toBe(true);
      }
    });
  });
});

describe('the dry-run JSON of a PDF programme', { timeout: 30_000 }, () => {
  it('when planned, then each event source gives file, page and line on the page; text sources have no page', async () => {
    const source = readFileSync(join(BUNDLED_CORPUS, '003_3b9c9c4b9c50490a.txt'), 'utf8');
    const rendered = await renderPdf(source, { bordered: true });
    writeFileSync(join(dir, 'cop6-dry.pdf'), rendered.document);
    const report = dryRunReport(
      await planDocuments([join(dir, 'cop6-dry.pdf'), join(BUNDLED_CORPUS, '003_3b9c9c4b9c50490a.txt')]),
    );
    const fromPdf = report.events.filter((e) => e.source.file === 'cop6-dry.pdf');
    const fromText = report.events.filter((e) => e.source.file !== 'cop6-dry.pdf');
    expect(fromPdf).toHaveLength(37);
    fromPdf.forEach((e, i) => {
      const textLine = fromText[i]!.source.line;
      expect(e.source).toEqual({ file: 'cop6-dry.pdf', ...rendered.at[textLine - 1] });
    });
    expect(fromText.every((e) => !('page' in e.source))).toBe(true);
    expect(report.sessions.find((s) => s.number === 6)?.source.file).toBeDefined();
  });
});
