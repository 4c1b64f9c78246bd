// Restarts skip what the graph already holds (issue 12 P7): a document whose text, ingestion code and
// reference data are unchanged is not written again; a changed one is re-ingested in place.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputs } from '../../ingest/ingest-version.js';
import { BUNDLED_CORPUS, ingestPaths } from '../../ingest/pipeline.js';
import type { Graph } from '../../src/graph/driver.js';
import { emptyGraph, testGraph } from '../setup/graph.js';

const COP6 = '003_3b9c9c4b9c50490a.txt';
const COP10 = '000_6fa93a35363d56cd.txt';

describe('skipping unchanged documents', () => {
  let graph: Graph;
  const scratch = mkdtempSync(join(tmpdir(), 'cg-skip-'));
  const cop6 = join(scratch, COP6);
  const cop10 = join(scratch, COP10);
  const eventTitles = async (file: string) =>
    (await graph.read('MATCH (e:Event {sourceFile: $file}) RETURN e.title AS title ORDER BY title', { file })).map(
      (r) => String(r.title),
    );

  beforeAll(async () => {
    graph = testGraph();
    await emptyGraph(graph);
    copyFileSync(join(BUNDLED_CORPUS, COP6), cop6);
    copyFileSync(join(BUNDLED_CORPUS, COP10), cop10);
  });
  afterAll(async () => graph.close());

  it('when an unchanged document is ingested again, then it is skipped, reported with its events, and nothing is written', async () => {
    const first = await ingestPaths(graph, [cop6, cop10]);
    expect(first.documents.map((d) => d.status)).toEqual(['loaded', 'loaded']);
    // A mark that re-writing a document would erase (its events are deleted and created again).
    await graph.run('MATCH (e:Event) SET e.untouched = true');
    const second = await ingestPaths(graph, [cop6, cop10]);
    expect(second.documents).toEqual(
      first.documents.map((d) => ({ file: d.file, status: 'skipped', events: d.events, error: null })),
    );
    const rows = await graph.read('MATCH (e:Event) RETURN count(e) AS all, count(e.untouched) AS untouched');
    expect(rows[0]!.all).toBeGreaterThan(0);
    expect(rows[0]!.untouched).toBe(rows[0]!.all);
  });

  it('when a document changes, then it alone is re-ingested and the graph holds its new text only', async () => {
    const cop10Before = await eventTitles(COP10);
    const text = readFileSync(cop6, 'utf8');
    expect(text).toContain('Presentation of the Digest of Organized Crime Cases');
    writeFileSync(
      cop6,
      text.replace('Presentation of the Digest of Organized Crime Cases', 'Digest of Cases, revised'),
    );
    const summary = await ingestPaths(graph, [cop6, cop10]);
    expect(summary.documents.map((d) => [d.file, d.status])).toEqual([
      [COP6, 'loaded'],
      [COP10, 'skipped'],
    ]);
    const titles = await eventTitles(COP6);
    expect(titles).toContain('Digest of Cases, revised');
    expect(titles).not.toContain('Presentation of the Digest of Organized Crime Cases');
    expect(await eventTitles(COP10)).toEqual(cop10Before);
  });

  it('when forced, then unchanged documents are written again', async () => {
    const summary = await ingestPaths(graph, [cop6, cop10], { force: true });
    expect(summary.documents.map((d) => d.status)).toEqual(['loaded', 'loaded']);
    const rows = await graph.read('MATCH (e:Event) WHERE e.untouched RETURN count(e) AS n');
    expect(rows[0]!.n).toBe(0);
  });

  it('when deciding "unchanged", then the parsers, resolvers, reference files and write Cypher count, not the corpus', () => {
    const inputs = ingestInputs();
    expect(inputs).toEqual(
      expect.arrayContaining([
        'ingest/reference/organizations.yaml',
        'ingest/reference/topics.yaml',
        'ingest/reference/reference-facts.yaml',
        'ingest/parse/programme-table.ts',
        'src/domain/organizations.ts',
        'cypher/write/organizes.cypher',
      ]),
    );
    expect(inputs.some((f) => f.startsWith('ingest/corpus/'))).toBe(false);
  });
});
