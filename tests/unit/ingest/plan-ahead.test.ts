// Preparing documents in a child process (ingest/plan-ahead.ts) must give the writer exactly what preparing
// them here gives, in the same order, including skips and failures — and a child that dies loses nothing.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../../ingest/pipeline.js';
import { preparedInOrder, PLAN_AHEAD_MIN_BYTES } from '../../../ingest/plan-ahead.js';
import { loadReferenceData, type PreparedDocument, type StoredKeys } from '../../../ingest/prepare-document.js';
import { ingestKey } from '../../../ingest/ingest-version.js';
import { readDocument } from '../../../ingest/read-documents.js';

const scratch = mkdtempSync(join(tmpdir(), 'cg-plan-ahead-'));
const corpus = readdirSync(BUNDLED_CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    copyFileSync(join(BUNDLED_CORPUS, f), join(scratch, f));
    return join(scratch, f);
  });
// A document that cannot be parsed, between good ones: it fails at its own place in the order.
const broken = join(scratch, '002b-broken.txt');
writeFileSync(broken, 'Not a programme, a press release or a publication.\n');
const files = [...corpus.slice(0, 3), broken, ...corpus.slice(3)];

async function all(documents: AsyncGenerator<PreparedDocument>): Promise<PreparedDocument[]> {
  const out: PreparedDocument[] = [];
  for await (const d of documents) out.push(d);
  return out;
}

describe('preparing documents ahead of the writer', () => {
  it('when documents are prepared in a child process, then the writer gets what preparing them here gives, in order', async () => {
    // The first document is already in the graph unchanged: both ways skip it.
    const first = await readDocument(files[0]!);
    const stored: StoredKeys = new Map([[first.file, { key: ingestKey(first.extracted.text), events: 7 }]]);
    const here = preparedInOrder(files, stored, loadReferenceData(), { child: false });
    const child = preparedInOrder(files, stored, loadReferenceData(), { child: true });
    const [inline, ahead] = await Promise.all([all(here.documents), all(child.documents)]);
    expect(inline.map((d) => d.status)).toEqual(['skipped', 'planned', 'planned', 'failed', 'planned', 'planned']);
    expect(inline[3]).toMatchObject({ status: 'failed', file: '002b-broken.txt' });
    expect(ahead).toEqual(inline);
    expect(here.planner).toEqual({ where: 'this process', peakRssMb: null });
    expect(child.planner.where).toBe('a child process');
    expect(child.planner.peakRssMb).toBeGreaterThan(10);
  }, 60_000);

  it('when the planning child dies after one document, then the rest are prepared here and nothing is lost', async () => {
    const dies = join(import.meta.dirname, '../../fixtures/processes/planner-that-dies.ts');
    const options = { child: true, childModule: dies };
    const run = preparedInOrder(corpus, new Map(), loadReferenceData(), options);
    const prepared = await all(run.documents);
    expect(run.planner.where).toBe('a child process'); // its one document did come from the child
    const inline = await all(preparedInOrder(corpus, new Map(), loadReferenceData(), { child: false }).documents);
    expect(prepared).toEqual(inline);
    expect(prepared.every((d) => d.status === 'planned')).toBe(true);
  }, 60_000);

  it('when the corpus is small, then it is prepared in this process (starting a child would cost more)', async () => {
    const small = preparedInOrder(corpus, new Map(), loadReferenceData());
    await all(small.documents);
    expect(small.planner.where).toBe('this process');
    expect(PLAN_AHEAD_MIN_BYTES).toBeGreaterThan(200_000); // the bundled corpus is ~170 kB
  }, 60_000);
});
