// Turns the paths given to `npm run ingest` into document texts, refusing what cannot be a document.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { IngestError } from './errors.js';

export interface SourceDocument {
  path: string;
  /** The basename every Source cites. */
  file: string;
  text: string;
}

/** Folders contribute their *.txt files (sorted, so runs are deterministic); files are taken as given. */
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
      const texts = readdirSync(path)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => resolve(join(path, name)));
      if (texts.length === 0) throw new IngestError(path, null, 'folder holds no .txt documents');
      files.push(...texts);
    } else {
      files.push(resolve(path));
    }
  }
  return [...new Set(files)];
}

export function readDocument(path: string): SourceDocument {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new IngestError(file, null, `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new IngestError(file, null, 'empty file');
  if (bytes.includes(0)) throw new IngestError(file, null, 'binary file (contains NUL bytes), not a text document');
  const text = bytes.toString('utf8');
  const invalid = (text.match(/\uFFFD/g) ?? []).length;
  if (invalid > 0 && invalid / text.length > 0.001) {
    throw new IngestError(file, null, 'not UTF-8 text (binary or another encoding)');
  }
  return { path, file, text };
}
