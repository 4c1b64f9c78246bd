// Exports over HTTP and from the CLI, on the ingested corpus: what real parsers read back matches
// partnershipNetwork with the same filters, and bad input is a one-line refusal with nothing written.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { corpusGraph, testNeo4jEnv } from '../setup/graph.js';
import { readCsv, readGexf, readGraphml } from '../setup/parse-exports.js';
import { apiClient } from './api-client.js';

const graph = corpusGraph();
const api = apiClient(graph);
const get = (path: string, init: RequestInit = {}) => api.yoga.fetch(`http://localhost${path}`, init);

async function expectedNetwork(variables: Record<string, unknown>) {
  const { partnershipNetwork } = await api.data(
    `query ($sessions: [Int!], $kinds: [OrganizationKind!], $min: Int) {
      partnershipNetwork(sessions: $sessions, kinds: $kinds, minSharedEvents: $min) {
        nodes { organization { key } } edges { weight } } }`,
    variables,
  );
  return {
    nodes: partnershipNetwork.nodes.map((n: any) => n.organization.key).sort() as string[],
    edges: partnershipNetwork.edges.length as number,
    weight: partnershipNetwork.edges.reduce((sum: number, e: any) => sum + e.weight, 0) as number,
  };
}

describe('GET /export/…', () => {
  const query = '?sessions=10,12&kinds=STATE,NGO&minSharedEvents=2';
  const variables = { sessions: [10, 12], kinds: ['STATE', 'NGO'], min: 2 };

  it('when GraphML and GEXF are read by graphology, then nodes, edges and weights are those of partnershipNetwork', async () => {
    const expected = await expectedNetwork(variables);
    expect(expected.edges).toBeGreaterThan(0);
    for (const [file, read] of [
      ['network.graphml', readGraphml],
      ['network.gexf', readGexf],
    ] as const) {
      const response = await get(`/export/${file}${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
      const parsed = read(await response.text());
      expect(parsed.nodes().sort()).toEqual(expected.nodes);
      expect(parsed.size).toBe(expected.edges);
      expect(parsed.reduceEdges((sum, _e, attributes) => sum + Number(attributes.weight), 0)).toBe(expected.weight);
      expect(parsed.everyNode((_n, a) => a.kind === 'STATE' || a.kind === 'NGO')).toBe(true);
    }
  });

  it("when the CSV tables are read by csv-parse, then a node's events are its events in the chosen sessions", async () => {
    const expected = await expectedNetwork(variables);
    const nodes = readCsv(await (await get(`/export/nodes.csv${query}`)).text());
    const edges = readCsv(await (await get(`/export/edges.csv${query}`)).text());
    expect(nodes.map((n) => n.key).sort()).toEqual(expected.nodes);
    expect(edges).toHaveLength(expected.edges);
    const { organization } = await api.data(
      `{ organization(name: "GI-TOC") { key events(sessions: [10, 12], first: 0) { totalCount } } }`,
    );
    expect(Number(nodes.find((n) => n.key === organization.key)!.events)).toBe(organization.events.totalCount);
    expect(edges.every((e) => Number(e.weight) >= 2)).toBe(true);
  });

  it.each([
    [
      '/export/network.xml',
      'Unknown export "network.xml" (one of network.graphml, network.gexf, nodes.csv, edges.csv).',
    ],
    [
      '/export/nodes.csv?sessions=11',
      '"sessions": no session 11 in the graph (known: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12).',
    ],
    [
      '/export/edges.csv?kinds=STATE,CHURCH',
      '"kinds": unknown kind "CHURCH" (one of ACADEMIC, IGO, NGO, OTHER, STATE, UN).',
    ],
    ['/export/network.gexf?minSharedEvents=0', '"minSharedEvents" must be at least 1.'],
  ])('when asking for %s, then a 400 says why in one line', async (path, reason) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toBe(`${reason}\n`);
  });

  it('when an export is POSTed to, then it is refused: exports are read-only', async () => {
    const response = await get('/export/nodes.csv', { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('npm run export', () => {
  const run = promisify(execFile);
  const env = testNeo4jEnv();
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/export/cli.ts', ...args], { env, timeout: 60_000 });

  it('when asked for CSV of COP12 States, then it writes both tables with the API counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
    const { stdout } = await cli(
      '--format',
      'csv',
      '--sessions',
      '12',
      '--kinds',
      'STATE',
      '--out',
      join(dir, 'states.csv'),
    );
    const expected = await expectedNetwork({ sessions: [12], kinds: ['STATE'], min: 1 });
    expect(readdirSync(dir).sort()).toEqual(['states.edges.csv', 'states.nodes.csv']);
    expect(readCsv(readFileSync(join(dir, 'states.nodes.csv'), 'utf8'))).toHaveLength(expected.nodes.length);
    expect(readCsv(readFileSync(join(dir, 'states.edges.csv'), 'utf8'))).toHaveLength(expected.edges);
    expect(stdout).toContain(`${expected.nodes.length} organizations, ${expected.edges} partnerships`);
  });

  it('when a kind is unknown, then it exits 2 with one line and writes no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
    const out = join(dir, 'n.graphml');
    const failure = await cli('--format', 'graphml', '--kinds', 'STATE,FOO', '--out', out).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr.trim()).toBe('"kinds": unknown kind "FOO" (one of ACADEMIC, IGO, NGO, OTHER, STATE, UN).');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
