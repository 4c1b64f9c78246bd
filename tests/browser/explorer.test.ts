// GraphiQL and the Explorer in a real Chromium (Debian's, through playwright-core), with every request that
// is not to the app aborted: each page must work on a machine without internet access. Answers on the page
// are checked against what the GraphQL API itself reports.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../integration/api-client.js';
import { corpusGraph } from '../setup/graph.js';
import { readCsv, readGexf, readGraphml } from '../setup/parse-exports.js';
import { startBrowserHarness, type BrowserHarness } from './app-server.js';

const graph = corpusGraph();
const api = apiClient(graph);
let app: BrowserHarness;
let explorer: Page;

beforeAll(async () => {
  app = await startBrowserHarness(graph);
  explorer = await app.context.newPage();
});
afterAll(() => app?.close());

const GITOC = 'Global Initiative against Transnational Organized Crime';

async function networkOf(sessions: number[]) {
  const { partnershipNetwork } = await api.data(
    `query ($sessions: [Int!]) { partnershipNetwork(sessions: $sessions) {
      nodes { organization { key } } edges { source { key } target { key } } } }`,
    { sessions },
  );
  return {
    nodes: partnershipNetwork.nodes.map((n: any) => n.organization.key as string).sort(),
    edges: partnershipNetwork.edges.length as number,
  };
}

async function openExplorer(search: string) {
  await explorer.goto(`${app.base}/${search}`);
  await explorer.waitForSelector('#map-panel[data-state="ready"]', { timeout: 30_000 });
}

describe('GraphiQL, served by the app', () => {
  it('when the flagship tab runs with the network cut off, then the result pane lists 17 States', async () => {
    const page = await app.context.newPage();
    // Tall enough for the editor to draw every line of the answer (it draws only the visible ones).
    await page.setViewportSize({ width: 2400, height: 8200 });
    await page.goto(`${app.base}/graphql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 45_000 });
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toContain('GitocStatePartners');
    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('GitocStatePartners'),
    );
    await page.locator('.graphiql-execute-button').click();
    const body = await (await answered).json();
    expect(body.data.organization.partners).toHaveLength(17);
    // The pane's own text (nbsp for spaces, long titles wrapped), read once the answer is drawn.
    const paneText = async () => (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(paneText, { timeout: 15_000 }).toContain('"iso3": "PAK"');
    const iso3 = [...(await paneText()).matchAll(/"iso3": "([A-Z]{3})"/g)].map((m) => m[1]);
    expect(new Set(iso3).size).toBe(17);
    expect(iso3).toContain('MEX');
    await page.close();
  });
});

describe('Explorer at /', () => {
  it('when COP12 is chosen, then the map draws exactly the nodes and edges the API reports', async () => {
    const expected = await networkOf([12]);
    await openExplorer('?sessions=12');
    const drawn = await explorer.evaluate(() => {
      const cy = window.explorer!.map.cy;
      return {
        nodes: cy
          .nodes()
          .map((n) => n.id())
          .sort(),
        edges: cy.edges().length,
      };
    });
    expect(drawn).toEqual(expected);
    expect(await explorer.locator('#map').getAttribute('data-nodes')).toBe(String(expected.nodes.length));
    await expect
      .poll(() => explorer.locator('#map-summary').innerText())
      .toContain(`${expected.nodes.length} organizations · ${expected.edges} partnerships`);
    expect(await explorer.locator('#legend').innerText()).toMatch(
      /State[\s\S]*UN[\s\S]*IGO[\s\S]*NGO[\s\S]*Academic[\s\S]*Other/,
    );
  });

  it('when GI-TOC is clicked on the map, then its profile lists its State partners, cites lines, and the URL keeps it', async () => {
    const { organization } = await api.data(
      `{ organization(name: "GI-TOC") { key partners(kind: STATE, sessions: [12]) { organization { name } sharedEventCount } } }`,
    );
    const point = await explorer.evaluate((key) => {
      const node = window.explorer!.map.cy.getElementById(key);
      const box = document.getElementById('map')!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, organization.key);
    await explorer.mouse.click(point.x, point.y);
    await explorer.waitForSelector(`#profile-panel[data-state="ready"] .profile[data-key="${organization.key}"]`);
    const states = await explorer.$$eval('.partners tr[data-kind="STATE"]', (rows) =>
      rows.map((r) => [r.getAttribute('data-partner'), Number(r.querySelector('.shared')!.textContent)]),
    );
    expect(states).toEqual(organization.partners.map((p: any) => [p.organization.name, p.sharedEventCount]));
    expect(states.map(([name]) => name)).toEqual(expect.arrayContaining(['Mexico', 'United Kingdom']));
    // Its events, each with the document and line it was read from.
    const citations = await explorer.$$eval('.events .source', (codes) => codes.map((c) => c.textContent));
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.every((c) => /^[\w.-]+\.\w+:\d+$/.test(c ?? ''))).toBe(true);
    expect(await explorer.locator('.timeline tr[data-session="12"]').count()).toBe(1);

    // The view is in the URL: opening the link again shows the same organization.
    expect(new URL(explorer.url()).searchParams.get('org')).toBe(GITOC);
    await explorer.reload();
    await explorer.waitForSelector(`#profile-panel[data-state="ready"] .profile[data-key="${organization.key}"]`);
    // The map and the profile load side by side: the map lights the organization once both are drawn.
    await explorer.waitForSelector('#map-panel[data-state="ready"]');
    expect(await explorer.evaluate(() => window.explorer!.map.cy.$(':selected').map((n) => n.id()))).toEqual([
      organization.key,
    ]);
  });

  it('when COP10 and COP12 are compared, then gained, lost and kept organizations and partnerships match the API', async () => {
    const organizationsIn = async (session: number) => {
      const keys: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { organizations }: { organizations: any } = await api.data(
          `query ($s: [Int!], $after: String) { organizations(filter: { sessions: $s }, first: 200, after: $after) {
            nodes { key } pageInfo { hasNextPage endCursor } } }`,
          { s: [session], after },
        );
        keys.push(...organizations.nodes.map((n: any) => n.key));
        if (!organizations.pageInfo.hasNextPage) return new Set(keys);
        after = organizations.pageInfo.endCursor;
      }
    };
    const pairs = async (session: number) => {
      const { partnershipNetwork } = await api.data(
        `query ($s: [Int!]) { partnershipNetwork(sessions: $s) { edges { source { key } target { key } } } }`,
        { s: [session] },
      );
      return new Set<string>(partnershipNetwork.edges.map((e: any) => [e.source.key, e.target.key].sort().join('|')));
    };
    const [org10, org12, pairs10, pairs12] = await Promise.all([
      organizationsIn(10),
      organizationsIn(12),
      pairs(10),
      pairs(12),
    ]);
    const count = (a: Set<string>, b: Set<string>) => [...a].filter((k) => !b.has(k)).length;

    await openExplorer('?sessions=12&from=10&to=12');
    await explorer.waitForSelector('#compare-panel[data-state="ready"] .comparison[data-from="10"][data-to="12"]');
    const shown = Object.fromEntries(
      await explorer.$$eval('[data-change]', (sections) =>
        sections.map((s) => [s.getAttribute('data-change'), Number(s.getAttribute('data-count'))]),
      ),
    );
    expect(shown).toEqual({
      gained: count(org12, org10),
      lost: count(org10, org12),
      kept: org12.size - count(org12, org10),
      'partnerships-gained': count(pairs12, pairs10),
      'partnerships-lost': count(pairs10, pairs12),
    });
    // A topic's counts are of side and special events, the events its share is a share of.
    const { from, to } = await api.data(
      `query ($filter10: EventFilter, $filter12: EventFilter) {
        from: events(filter: $filter10, first: 0) { totalCount } to: events(filter: $filter12, first: 0) { totalCount } }`,
      Object.fromEntries(
        [10, 12].map((n) => [
          `filter${n}`,
          { sessions: [n], topic: 'TRAFFICKING_IN_PERSONS', kinds: ['SIDE_EVENT', 'SPECIAL_EVENT'] },
        ]),
      ),
    );
    const row = explorer.locator('.comparison tr[data-topic="TRAFFICKING_IN_PERSONS"] td.num');
    expect(await row.allInnerTexts()).toEqual([String(from.totalCount), String(to.totalCount)]);
  });

  it('when comparing, then only sessions with a programme are offered and a new pair costs one compareSessions request', async () => {
    const { sessions } = await api.data(`{ sessions(first: 200) { nodes { number coverage { hasProgramme } } } }`);
    const withProgramme = sessions.nodes.filter((s: any) => s.coverage.hasProgramme).map((s: any) => String(s.number));
    expect(withProgramme.length).toBeLessThan(sessions.nodes.length);
    for (const id of ['compare-from', 'compare-to']) {
      expect(await explorer.$$eval(`#${id} option`, (options) => options.map((o) => o.getAttribute('value')))).toEqual(
        withProgramme,
      );
    }
    const asked: string[] = [];
    const record = (request: { url(): string; method(): string; postData(): string | null }) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') asked.push(request.postData() ?? '');
    };
    explorer.on('request', record);
    await explorer.selectOption('#compare-from', '6');
    await explorer.waitForSelector('#compare-panel[data-state="ready"] .comparison[data-from="6"][data-to="12"]');
    explorer.off('request', record);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('compareSessions');
  });

  it.each([
    ['a session without a programme', '?sessions=12&from=3&to=12', 'no programme of session 3 was ingested'],
    ['the same session twice', '?sessions=12&from=12&to=12', 'compare two different sessions'],
  ])(
    'when a link compares %s, then the API refusal shows as one line and a valid pair recovers',
    async (_case, link, words) => {
      await openExplorer(link);
      await explorer.waitForSelector('#compare-panel[data-state="error"] .notice');
      const text = await explorer.locator('#compare-panel .notice').innerText();
      expect(text).toContain(words);
      expect(text).not.toContain('\n');
      expect(await explorer.locator('#compare-panel .comparison').count()).toBe(0);
      // The rest of the page is unaffected, and choosing a pair from the selects compares again.
      await explorer.waitForSelector('#map-panel[data-state="ready"]');
      await explorer.selectOption('#compare-from', '10');
      await explorer.selectOption('#compare-to', '12');
      await explorer.waitForSelector('#compare-panel[data-state="ready"] .comparison[data-from="10"][data-to="12"]');
      expect(await explorer.locator('#compare-panel .notice').count()).toBe(0);
    },
  );

  it('when the topic trends are drawn, then the chart covers the sessions that have a programme', async () => {
    await explorer.waitForSelector('#trends-panel[data-state="ready"]');
    expect(Number(await explorer.locator('#trend-chart').getAttribute('data-topics'))).toBeGreaterThan(0);
    expect(await explorer.locator('#topic-choices input').count()).toBeGreaterThan(10);
  });

  it('when each export button is used, then real parsers read the files with the counts the API reports', async () => {
    const expected = await networkOf([12]);
    const download = async (file: string) => {
      const [event] = await Promise.all([
        explorer.waitForEvent('download'),
        explorer.locator(`#exports a[data-file="${file}"]`).click(),
      ]);
      expect(event.suggestedFilename()).toBe(file);
      return readFile((await event.path())!, 'utf8');
    };
    const graphml = readGraphml(await download('network.graphml'));
    expect([graphml.order, graphml.size]).toEqual([expected.nodes.length, expected.edges]);
    expect(graphml.nodes().sort()).toEqual(expected.nodes);
    const gexf = readGexf(await download('network.gexf'));
    expect([gexf.order, gexf.size]).toEqual([expected.nodes.length, expected.edges]);
    const nodes = readCsv(await download('nodes.csv'));
    const edges = readCsv(await download('edges.csv'));
    expect([nodes.length, edges.length]).toEqual([expected.nodes.length, expected.edges]);
    expect(Object.keys(nodes[0]!)).toEqual(['key', 'name', 'kind', 'iso3', 'events']);
    expect(edges.every((e) => e.sessions === '12' && Number(e.weight) >= 1)).toBe(true);
  });

  it('when every page above was used, then not one request tried to leave the machine', () => {
    expect(app.offsite).toEqual([]);
  });
});
