// PDF and HTML programmes through the whole pipeline into the real Neo4j: their facts cite page and line
// (PDF) or element line (HTML) up to the GraphQL Source; bad published files write nothing, and the
// ingest command exits with the same code as for any bad document.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, ingestPaths } from '../../ingest/pipeline.js';
import type { Graph } from '../../src/graph/driver.js';
import { emptyGraph, testGraph, testNeo4jEnv } from '../setup/graph.js';
import { type Rendered, renderHtml, renderPdf, scannedPdf } from '../setup/programme-documents.js';
import { apiClient } from './api-client.js';

const scratch = mkdtempSync(join(tmpdir(), 'cg-published-int-'));
const corpus = (file: string) => readFileSync(join(BUNDLED_CORPUS, file), 'utf8');

/** Everything in the graph, as sorted text. */
async function snapshot(graph: Graph): Promise<string[]> {
  const nodes = await graph.read('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await graph.read(
    'MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, elementId(a) AS a, elementId(b) AS b',
  );
  const canon = (v: unknown) => JSON.stringify(v, Object.keys(v as object).sort());
  return [...nodes.map((n) => `${n.l}:${canon(n.p)}`), ...rels.map((r) => `${r.a}-${r.t}${canon(r.p)}->${r.b}`)].sort();
}

const EVENTS = `query ($session: Int!) {
  events(filter: { sessions: [$session] }, first: 200) {
    totalCount
    edges { node { title source { document line page } organizers { source { document line page } } } }
  }
}`;
interface EventsAnswer {
  events: {
    totalCount: number;
    edges: {
      node: {
        title: string;
        source: { document: string; line: number; page: number | null };
        organizers: { source: { document: string; line: number; page: number | null } }[];
      };
    }[];
  };
}

describe('published programmes in the graph', () => {
  let graph: Graph;
  let pdf: Rendered<Buffer>;
  let html: Rendered<string>;

  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
    pdf = await renderPdf(corpus('001_5cb52ae7af251058.txt'));
    writeFileSync(join(scratch, 'cop12.pdf'), pdf.document);
    html = renderHtml(corpus('000_6fa93a35363d56cd.txt'));
    writeFileSync(join(scratch, 'cop10.html'), html.document);
    const summary = await ingestPaths(graph, [join(scratch, 'cop12.pdf'), join(scratch, 'cop10.html')]);
    expect(summary.failed).toEqual([]);
  }, 120_000);
  afterAll(async () => graph.close());

  it('when a PDF programme is loaded, then GraphQL cites each event and organizer by page and line on the page', async () => {
    const data = await apiClient(graph).data<EventsAnswer>(EVENTS, { session: 12 });
    expect(data.events.totalCount).toBe(73);
    const pages = new Set<number | null>();
    for (const { node } of data.events.edges) {
      expect(node.source.document).toBe('cop12.pdf');
      expect(node.source.page).not.toBeNull();
      pages.add(node.source.page);
      for (const o of node.organizers) expect(o.source).toEqual(node.source);
    }
    expect(pages.size).toBeGreaterThan(2);
    // The 2024 table row of the Antiquities Coalition event is where the renderer printed it.
    const looting = data.events.edges.find((e) => e.node.title.startsWith('BEYOND LOOTING'))!.node;
    const textLine =
      corpus('001_5cb52ae7af251058.txt')
        .split('\n')
        .findIndex((l) => l.includes('BEYOND LOOTING')) + 1;
    expect(looting.source).toEqual({ document: 'cop12.pdf', ...pdf.at[textLine - 1] });
  });

  it('when an HTML programme is loaded, then GraphQL cites the element line and no page', async () => {
    const data = await apiClient(graph).data<EventsAnswer>(EVENTS, { session: 10 });
    expect(data.events.totalCount).toBe(69);
    const lines = corpus('000_6fa93a35363d56cd.txt').split('\n');
    const balkans = data.events.edges.find((e) => e.node.title.includes('WESTERN BALKANS'))!.node;
    const textLine = lines.findIndex((l) => l.includes('WESTERN BALKANS')) + 1;
    expect(balkans.source).toEqual({ document: 'cop10.html', line: html.at[textLine - 1]!.line, page: null });
    expect(html.document.split('\n')[balkans.source.line - 1]).toContain('WESTERN BALKANS');
  });

  it('when bad PDFs and an HTML page without a programme are ingested, then each fails by name and nothing changes', async () => {
    const before = await snapshot(graph);
    const locked = join(scratch, 'locked.pdf');
    writeFileSync(locked, (await renderPdf(corpus('003_3b9c9c4b9c50490a.txt'), { password: 'pw' })).document);
    const scan = join(scratch, 'scan.pdf');
    writeFileSync(scan, await scannedPdf());
    const cut = join(scratch, 'cut.pdf');
    const whole = (await renderPdf(corpus('003_3b9c9c4b9c50490a.txt'))).document;
    writeFileSync(cut, whole.subarray(0, whole.length - 200));
    const news = join(scratch, 'news.html');
    writeFileSync(news, '<!DOCTYPE html><html><body><p>News of the day.</p></body></html>');
    const summary = await ingestPaths(graph, [locked, scan, cut, news]);
    expect(summary.documents.map((d) => [d.file, d.status])).toEqual([
      ['locked.pdf', 'failed'],
      ['scan.pdf', 'failed'],
      ['cut.pdf', 'failed'],
      ['news.html', 'failed'],
    ]);
    expect(summary.failed).toEqual([
      'locked.pdf: encrypted PDF (a password is needed to open it); ingest an unprotected copy',
      'scan.pdf, page 2: no text layer: the page is an image (a scan?); run OCR on the PDF first or ingest a text export',
      'cut.pdf: truncated PDF (no %%EOF end marker): the file was cut short; download it again',
      expect.stringMatching(/^news\.html:1: document in no known layout/),
    ]);
    expect(await snapshot(graph)).toEqual(before);
  });

  it('when the ingest command is given a bad PDF, then it exits 1 naming the file and page, and writes nothing', async () => {
    const before = await snapshot(graph);
    const env = testNeo4jEnv();
    const result = await promisify(execFile)('npx', ['tsx', 'ingest/cli.ts', join(scratch, 'scan.pdf')], { env }).then(
      () => ({ code: 0, stdout: '' }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ scan.pdf: scan.pdf, page 2: no text layer');
    expect(await snapshot(graph)).toEqual(before);
  }, 60_000);
});
