// npm run bench:pdf — how long ingesting a 40-page PDF programme takes, next to the same programme as
// text and as HTML, measured side by side in one run. Not a test: it prints figures.
//   The PDF is made here: the 2024 programme with each side-event row repeated (titles numbered) until
//   the rendering has 40 pages. Phases: PDF.js extraction + layout, then parse + resolve (the dry-run
//   path, no Neo4j). With --write, each document is also written to Neo4j (NEO4J_URI if set, else a
//   local one in .neo4j/bench on port 7689, as `npm run bench` uses).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

process.env.NEO4J_HOME ??= '.neo4j/bench';
process.env.NEO4J_BOLT_PORT ??= '7689';
process.env.LOG_LEVEL ??= 'silent';

const { extractPdf } = await import('../ingest/extract/pdf.js');
const { BUNDLED_CORPUS, ingestPaths, planDocuments } = await import('../ingest/pipeline.js');
const { renderHtml, renderPdf } = await import('../tests/setup/programme-documents.js');

const PAGES = Number(process.env.BENCH_PDF_PAGES ?? 40);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const write = process.argv.includes('--write');

/** The 2024 programme with every side-event row given `copies` numbered siblings. */
function enlarged(copies: number): string {
  const text = readFileSync(join(BUNDLED_CORPUS, '001_5cb52ae7af251058.txt'), 'utf8');
  const sideStart = text.indexOf('SIDE EVENTS');
  const rows = text
    .slice(sideStart)
    .split('\n')
    .flatMap((line) => {
      if (!/^\d[^\t]*\t/.test(line) || !/Organized by/.test(line)) return [line];
      return [
        line,
        ...Array.from({ length: copies }, (_, n) => line.replace(/ Organized by/, ` (PART ${n + 2}) Organized by`)),
      ];
    });
  return text.slice(0, sideStart) + rows.join('\n');
}

let copies = 0;
let rendered = await renderPdf(enlarged(copies));
const pagesOf = (r: typeof rendered) => Math.max(...r.at.map((a) => a?.page ?? 0));
while (pagesOf(rendered) < PAGES) rendered = await renderPdf(enlarged(++copies));
const dir = mkdtempSync(join(tmpdir(), 'cg-bench-pdf-'));
const text = enlarged(copies);
const files = {
  pdf: join(dir, 'programme-40p.pdf'),
  txt: join(dir, 'programme-40p.txt'),
  html: join(dir, 'programme-40p.html'),
};
writeFileSync(files.pdf, rendered.document);
writeFileSync(files.txt, text);
writeFileSync(files.html, renderHtml(text).document);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
async function time(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  await fn(); // warm-up: module loading, JIT, PDF.js worker
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const [planned] = await planDocuments([files.pdf]);
if (planned?.error) throw new Error(planned.error);
console.log(
  `${pagesOf(rendered)}-page PDF (${(rendered.document.length / 1024).toFixed(0)} kB), ${planned!.batch!.events.length} events; ` +
    `median of ${RUNS} runs after a warm-up:`,
);
const extractMs = await time(() => extractPdf(rendered.document, 'programme-40p.pdf'));
const rows: [string, number][] = [
  ['PDF: extraction only (PDF.js + layout)', extractMs],
  ['PDF: read + extract + parse + resolve', await time(() => planDocuments([files.pdf]))],
  ['HTML: read + extract + parse + resolve', await time(() => planDocuments([files.html]))],
  ['text: read + parse + resolve', await time(() => planDocuments([files.txt]))],
];
if (write) {
  const { loadConfig } = await import('../src/config.js');
  const { connect } = await import('../src/db/connect.js');
  const connection = await connect(loadConfig(), { onProgress: (m) => console.log(m) });
  try {
    rows.push(['PDF: whole ingest into Neo4j', await time(() => ingestPaths(connection.graph, [files.pdf]))]);
    rows.push(['text: whole ingest into Neo4j', await time(() => ingestPaths(connection.graph, [files.txt]))]);
  } finally {
    await connection.graph.run('MATCH (n) DETACH DELETE n');
    await connection.close();
  }
}
const textMs = rows.find(([name]) => name.startsWith('text: read'))?.[1] ?? NaN;
for (const [name, ms] of rows)
  console.log(`  ${name.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / textMs).toFixed(1)}× text)`);
console.log(
  `  per page (PDF extraction)                  ${(extractMs / pagesOf(rendered)).toFixed(1).padStart(6)} ms`,
);
