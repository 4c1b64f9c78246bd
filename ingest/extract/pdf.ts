// PDF → text for the layout parsers, through Mozilla's PDF.js (pdfjs-dist): the maintained extractor
// that gives every text run with its position and font size, which is what rebuilding reading order and
// table cells needs (pdf-layout.ts does that part). Its legacy build runs in Node without a canvas.
import { restoreNativeBuiltins } from './native-builtins.js'; // first: it records built-ins before PDF.js loads
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OPS, Util, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from '../errors.js';
import type { ExtractedText } from './extracted.js';
import { type PositionedItem, type PositionedPage, layOutPages } from './pdf-layout.js';

restoreNativeBuiltins();

const STANDARD_FONTS = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);
const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** PDF.js repairs damaged files quietly; a file cut short must be refused instead, or pages go missing. */
function checkComplete(bytes: Uint8Array, file: string): void {
  if (!isPdf(bytes)) throw new IngestError(file, null, 'not a PDF (no %PDF- header)');
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF'))
    throw new IngestError(file, null, 'truncated PDF (no %%EOF end marker): the file was cut short; download it again');
}

async function open(bytes: Uint8Array, file: string): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      standardFontDataUrl: STANDARD_FONTS,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      throw new IngestError(file, null, 'encrypted PDF (a password is needed to open it); ingest an unprotected copy');
    throw new IngestError(file, null, `not a readable PDF (${(error as Error).message})`);
  }
}

async function paintsImages(page: PDFPageProxy): Promise<boolean> {
  const ops = await page.getOperatorList(); // cached by PDF.js since italicFonts asked for it
  return ops.fnArray.some((fn) => IMAGE_OPS.has(fn));
}

/** Fonts are loaded by the operator list; their PostScript names tell italics ("…-Italic", "…-Oblique"). */
async function italicFonts(page: PDFPageProxy, names: readonly string[]): Promise<Set<string>> {
  await page.getOperatorList();
  return new Set(
    names.filter((name) => {
      const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { name?: string } | null) : null;
      return /italic|oblique/i.test(font?.name ?? '');
    }),
  );
}

async function positionedPage(page: PDFPageProxy): Promise<PositionedPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const italic = await italicFonts(page, Object.keys(content.styles));
  const items: PositionedItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    // Into top-down page space: e, f are the baseline origin; the glyph scale gives the font size.
    const [, , c, d, e, f] = Util.transform(viewport.transform, item.transform) as number[];
    items.push({
      str: item.str,
      x: e ?? 0,
      y: f ?? 0,
      width: item.width,
      size: Math.hypot(c ?? 0, d ?? 0),
      italic: italic.has(item.fontName),
    });
  }
  return { height: viewport.height, items };
}

export async function extractPdf(bytes: Uint8Array, file: string): Promise<ExtractedText> {
  checkComplete(bytes, file);
  const pdf = await open(bytes, file);
  try {
    const pages: PositionedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const positioned = await positionedPage(page);
      if (positioned.items.every((i) => i.str.trim() === '') && (await paintsImages(page)))
        throw new IngestError(
          file,
          null,
          'no text layer: the page is an image (a scan?); run OCR on the PDF first or ingest a text export',
          n,
        );
      pages.push(positioned);
      page.cleanup();
    }
    const laidOut = layOutPages(pages);
    if (laidOut.text.trim() === '') throw new IngestError(file, null, 'PDF has no text on any page');
    return { format: 'pdf', text: laidOut.text, lines: laidOut.lines };
  } finally {
    await pdf.destroy();
  }
}
