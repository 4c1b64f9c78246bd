// Turns the paths given to `npm run ingest` into document texts, refusing what cannot be a document.
// Plain text, PDF and HTML each go through their extractor (ingest/extract/) into the one text shape
// the layout parsers read, with a map back to the published document's pages and lines.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { IngestError } from './errors.js';
import type { ExtractedText } from './extract/extracted.js';
import { extractHtml } from './extract/html.js';
import { extractPdf, isPdf } from './extract/pdf.js';
import { decodeText } from './extract/text-encoding.js';

export interface SourceDocument {
  path: string;
  /** The basename every Source cites. */
  file: string;
  extracted: ExtractedText;
}

/** What a folder contributes; any other file is taken when named on its own (and read as text). */
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.pdf', '.html', '.htm']);

/**
 * Larger files are refused before they are read: a programme is a few hundred kB, and a PDF of a few
 * hundred pages a few MB; a file of tens of MB is a data dump or a scan, which the parsers cannot use.
 */
export const MAX_DOCUMENT_MB = { text: 16, html: 16, pdf: 64 } as const;

/** Folders contribute their .txt, .pdf, .html and .htm files (sorted, so runs are deterministic). */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new IngestError(path, null, 'no such file or folder');
    }
    if (stat.isDirectory()) {
      const documents = readdirSync(path)
        .filter((name) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()))
        .sort()
        .map((name) => resolve(join(path, name)));
      if (documents.length === 0) throw new IngestError(path, null, 'folder holds no .txt, .pdf or .html documents');
      files.push(...documents);
    } else {
      files.push(resolve(path));
    }
  }
  return [...new Set(files)];
}

function formatOf(path: string, bytes: Uint8Array): 'text' | 'pdf' | 'html' {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf' || isPdf(bytes)) return 'pdf';
  return ext === '.html' || ext === '.htm' ? 'html' : 'text';
}

function checkSize(file: string, path: string): void {
  const size = statSync(path).size;
  const ext = extname(path).toLowerCase();
  const limit =
    ext === '.pdf'
      ? MAX_DOCUMENT_MB.pdf
      : ext === '.html' || ext === '.htm'
        ? MAX_DOCUMENT_MB.html
        : MAX_DOCUMENT_MB.text;
  if (size > limit * 1024 * 1024) {
    throw new IngestError(
      file,
      null,
      `${(size / 1024 / 1024).toFixed(1)} MB is over the ${limit} MB limit for one document; split it or check it is a programme`,
    );
  }
}

export async function readDocument(path: string): Promise<SourceDocument> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    checkSize(file, path);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, null, `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  if (bytes.length === 0) throw new IngestError(file, null, 'empty file');
  const format = formatOf(path, bytes);
  if (format === 'pdf') return { path, file, extracted: await extractPdf(bytes, file) };
  const text = decodeText(bytes, file);
  if (text.trim() === '') throw new IngestError(file, null, 'empty file');
  if (format === 'html') return { path, file, extracted: extractHtml(text, file) };
  return { path, file, extracted: { format: 'text', text, lines: null } };
}
