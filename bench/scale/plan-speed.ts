// npm run bench:plan — how fast documents are prepared (read, parse, resolve: no Neo4j), per event. Issue 12, P5:
// the pipeline at scale is planning-bound, and every organizer-grammar rule adds to planning, so this is the
// figure to watch when the grammar grows. Figures, never pass/fail.
//   npm run bench:plan                  # the first 3 documents (one per layout, 6,000 events) of bench:scale's corpus
//   npm run bench:plan -- --documents 6 --passes 5
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { createOrganizationResolver } from '../../src/domain/organizations.js';
import { planDocuments } from '../../ingest/pipeline.js';
import { loadReferenceData } from '../../ingest/prepare-document.js';
import { DEFAULT_SCALE, generateCorpus } from './generate.js';

const flags = new Command()
  .option('--documents <n>', 'documents of the synthetic corpus to plan (2,000 events each)', '3')
  .option('--passes <n>', 'timed passes over them (the first also warms the JIT)', '4')
  .parse()
  .opts<{ documents: string; passes: string }>();
const documents = Number(flags.documents);
const passes = Number(flags.passes);

const folder = join(tmpdir(), `cg-plan-speed-${process.pid}`);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
try {
  // The same seed and sizes as bench:scale, so these are the documents its P5 ingests first.
  const files: string[] = [];
  for (const doc of generateCorpus(DEFAULT_SCALE, createOrganizationResolver())) {
    if (files.length === documents) break;
    const path = join(folder, doc.file);
    writeFileSync(path, doc.text);
    files.push(path);
  }
  const ctx = loadReferenceData();
  const times: number[] = [];
  let events = 0;
  for (let pass = 0; pass < passes; pass += 1) {
    const began = performance.now();
    const planned = await planDocuments(files, ctx);
    times.push(performance.now() - began);
    const failed = planned.filter((d) => d.batch === null);
    if (failed.length > 0) throw new Error(`planning failed: ${failed.map((d) => `${d.file}: ${d.error}`).join('; ')}`);
    events = planned.reduce((n, d) => n + (d.batch?.events.length ?? 0), 0);
  }
  const best = Math.min(...times);
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(
    `planning ${files.length} documents, ${events} events, ${passes} passes (first: ${times[0]!.toFixed(0)} ms)`,
  );
  console.log(`  best ${(best / events).toFixed(3)} ms/event, median ${(median / events).toFixed(3)} ms/event`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
