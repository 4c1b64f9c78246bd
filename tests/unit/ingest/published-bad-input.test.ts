// PDFs and web pages that cannot give a programme are refused with one line naming the file (and the
// page), before anything is parsed or written.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, planDocuments } from '../../../ingest/pipeline.js';
import { renderHtml, renderPdf, scannedPdf } from '../../setup/programme-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'cg-bad-published-'));
const cop12 = readFileSync(join(BUNDLED_CORPUS, '001_5cb52ae7af251058.txt'), 'utf8');
const errorOf = async (name: string, content: Buffer | string) => {
  writeFileSync(join(dir, name), content);
  const [planned] = await planDocuments([join(dir, name)]);
  expect(planned?.batch).toBeNull();
  expect(planned?.error).not.toContain('\n');
  return planned?.error;
};

describe('bad published documents', { timeout: 30_000 }, () => {
  let programmePdf: Buffer;
  beforeAll(async () => {
    programmePdf = (await renderPdf(cop12)).document;
  });

  it('when a PDF is encrypted with a password, then it is refused as encrypted', async () => {
    const locked = (await renderPdf(cop12, { password: 'secret' })).document;
    expect(await errorOf('locked.pdf', locked)).toBe(
      'locked.pdf: encrypted PDF (a password is needed to open it); ingest an unprotected copy',
    );
  });

  it('when a page of a PDF is a scanned image with no text layer, then the error names that page', async () => {
    expect(await errorOf('scan.pdf', await scannedPdf())).toBe(
      'scan.pdf, page 2: no text layer: the page is an image (a scan?); run OCR on the PDF first or ingest a text export',
    );
  });

  it('when a PDF was cut short, then it is refused as truncated', async () => {
    const cut = programmePdf.subarray(0, Math.floor(programmePdf.length * 0.6));
    expect(await errorOf('cut.pdf', cut)).toBe(
      'cut.pdf: truncated PDF (no %%EOF end marker): the file was cut short; download it again',
    );
  });

  it('when a file named .pdf is not a PDF, then it says so', async () => {
    expect(await errorOf('fake.pdf', 'Programme\nMONDAY, 14 OCTOBER\n')).toBe('fake.pdf: not a PDF (no %PDF- header)');
  });

  it('when a PDF holds no programme, then the layout error names the file, page and line', async () => {
    // One page: its running header cannot be told from text (it recurs on no other page), so it is line 1.
    const notes = (await renderPdf('Minutes of the Bureau\n\nThe Bureau met and agreed on nothing.\n')).document;
    expect(await errorOf('minutes.pdf', notes)).toMatch(/^minutes\.pdf, page 1, line 1: document in no known layout/);
  });

  it('when a PDF programme stops in the middle of an event, then the error cites its page and line', async () => {
    const cut = cop12.slice(0, cop12.indexOf('Organized by The Antiquities Coalition'));
    const rendered = await renderPdf(cut);
    const line = cut.split('\n').length;
    const at = rendered.at[line - 1]!;
    expect(await errorOf('cop12-cut.pdf', rendered.document)).toBe(
      `cop12-cut.pdf, page ${at.page}, line ${at.line}: programme ends in the middle of an event: event has no "Organized by"`,
    );
  });

  it('when an HTML page holds no programme, then the error names the file and the line of its text', async () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>UNODC</title></head>\n<body>\n<nav>Home</nav>\n<p>Welcome to our news page.</p>\n</body></html>\n';
    expect(await errorOf('news.html', page)).toMatch(/^news\.html:5: document in no known layout/);
  });

  it('when an HTML page has no text at all, then it says so', async () => {
    expect(
      await errorOf('blank.html', '<!DOCTYPE html><html><head><script>var x = 1;</script></head><body> </body></html>'),
    ).toBe('blank.html: HTML page has no text in its body');
  });

  it('when the HTML rendering is fine, then the same folder still loads it (bad files fail alone)', async () => {
    writeFileSync(join(dir, 'cop12.html'), renderHtml(cop12).document);
    const planned = await planDocuments([dir]);
    expect(planned.find((p) => p.file === 'cop12.html')?.error).toBeNull();
    expect(planned.filter((p) => p.error !== null).map((p) => p.file)).toEqual(
      expect.arrayContaining(['locked.pdf', 'scan.pdf', 'cut.pdf', 'news.html']),
    );
  });
});
