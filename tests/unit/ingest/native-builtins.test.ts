// PDF.js's legacy build replaces Array.prototype.push and JSON.stringify with core-js polyfills for the whole
// process (several times slower, and with a toString that looks native); every process that loads the extractors
// (the API server through its startup ingest) must run with the engine's own. Checked in a fresh process, where
// nothing has loaded PDF.js yet, by identity with the built-ins recorded first.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const probe = `
const push = Array.prototype.push, stringify = JSON.stringify;
await import('./ingest/extract/pdf.ts');
await import('pdfjs-dist/legacy/build/pdf.mjs');
console.log(JSON.stringify({ push: Array.prototype.push === push, stringify: JSON.stringify === stringify }));`;

describe('built-ins after PDF.js loads', () => {
  it('when the PDF extractor has loaded, then Array.prototype.push and JSON.stringify are the engine’s own', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ push: true, stringify: true });
  }, 30_000);
});
