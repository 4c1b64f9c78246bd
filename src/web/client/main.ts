// The Explorer page: wires the filters (kept in the URL) to the map, the profile, the session comparison
// and the topic trends. Every piece of data comes from the app's own GraphQL API.
import { KIND_COLORS, KIND_LABELS } from '../palette.js';
import { loadNetwork, loadProfile, loadSessions, loadTopicTrends, type SessionInfo, type TopicTrend } from './api.js';
import { loadSessionComparison } from './comparison.js';
import { renderComparison } from './compare-view.js';
import { byId, h, setState } from './dom.js';
import { ApiError } from './graphql.js';
import { PartnershipMap } from './map.js';
import { renderProfile } from './profile.js';
import { DEFAULT_TOPIC_COUNT, TopicChart, topicTotal } from './trends.js';
import { exportQuery, readViewState, writeViewState, type ViewState } from './view-state.js';

declare global {
  interface Window {
    /** For the browser tests and the curious: the live map. */
    explorer?: { map: PartnershipMap };
  }
}

const EXPORTS = [
  { file: 'network.graphml', label: 'GraphML' },
  { file: 'network.gexf', label: 'GEXF' },
  { file: 'nodes.csv', label: 'Nodes CSV' },
  { file: 'edges.csv', label: 'Edges CSV' },
];

let state: ViewState = readViewState(location.search);
let sessions: SessionInfo[] = [];
let programmes: SessionInfo[] = [];
let trends: TopicTrend[] = [];
let map: PartnershipMap;
let chart: TopicChart;
/** Key of the organization whose profile is open (the map lights it once both are drawn). */
let selectedKey: string | null = null;

const label = (s: SessionInfo) => `COP${s.number}${s.year ? ` · ${s.year}` : ''}${s.city ? ` · ${s.city}` : ''}`;

/** The map's sessions: the URL's, or the latest session with a programme. [] means every session. */
function mapSessions(): number[] {
  if (state.sessions !== null) return state.sessions;
  const latest = programmes.at(-1);
  return latest ? [latest.number] : [];
}

function scopeText(): string {
  const chosen = mapSessions();
  return chosen.length === 0 ? 'all sessions' : chosen.map((n) => `COP${n}`).join(', ');
}

function comparedSessions(): [number, number] | null {
  const [a, b] = programmes.slice(-2).map((s) => s.number);
  const from = state.from ?? a;
  const to = state.to ?? b;
  return from !== undefined && to !== undefined ? [from, to] : null;
}

function update(
  change: Partial<ViewState>,
  redraw: { map?: boolean; profile?: boolean; compare?: boolean; trends?: boolean },
) {
  state = { ...state, ...change };
  history.pushState(null, '', `${location.pathname}${writeViewState(state)}`);
  void render(redraw);
}

async function render(redraw: { map?: boolean; profile?: boolean; compare?: boolean; trends?: boolean }) {
  syncControls();
  const jobs: Promise<void>[] = [];
  if (redraw.map) jobs.push(renderMap());
  if (redraw.profile) jobs.push(renderProfilePanel());
  if (redraw.compare) jobs.push(renderComparePanel());
  if (redraw.trends) jobs.push(Promise.resolve(renderTrends()));
  await Promise.all(jobs);
}

function syncControls() {
  const chosen = new Set(mapSessions());
  for (const box of document.querySelectorAll<HTMLInputElement>('#session-choices input')) {
    box.checked = chosen.has(Number(box.value));
  }
  for (const box of document.querySelectorAll<HTMLInputElement>('#kind-choices input')) {
    box.checked = state.kinds === null || state.kinds.includes(box.value);
  }
  byId<HTMLInputElement>('min-shared').value = String(state.min);
  const query = exportQuery(mapSessions(), state.kinds, state.min);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#exports a')) {
    link.href = `/export/${link.dataset.file}${query}`;
  }
  const pair = comparedSessions();
  if (pair) {
    byId<HTMLSelectElement>('compare-from').value = String(pair[0]);
    byId<HTMLSelectElement>('compare-to').value = String(pair[1]);
  }
}

async function renderMap() {
  const panel = byId('map-panel');
  setState(panel, 'loading');
  try {
    const chosen = mapSessions();
    const network = await loadNetwork(chosen.length === 0 ? null : chosen, state.kinds, state.min);
    map.show(network);
    const container = byId('map');
    container.dataset.nodes = String(map.nodeCount);
    container.dataset.edges = String(map.edgeCount);
    byId('map-summary').textContent =
      `${network.nodes.length} organizations · ${network.edges.length} partnerships · ${scopeText()}` +
      (state.min > 1 ? ` · at least ${state.min} shared events` : '');
    byId<HTMLDataListElement>('org-names').replaceChildren(
      ...[...network.nodes].sort((a, b) => a.name.localeCompare(b.name)).map((n) => h('option', { value: n.name })),
    );
    map.select(selectedKey);
    setState(panel, 'ready');
  } catch (error) {
    setState(panel, 'error', (error as Error).message);
  }
}

async function renderProfilePanel() {
  const panel = byId('profile-panel');
  const body = byId('profile');
  if (state.org === null) {
    body.replaceChildren(
      h('p', { class: 'hint' }, 'Click an organization on the map, or search for one by name, acronym or alias.'),
    );
    selectedKey = null;
    map.select(null);
    setState(panel, 'ready');
    return;
  }
  setState(panel, 'loading');
  try {
    const chosen = mapSessions();
    const profile = await loadProfile(state.org, chosen.length === 0 ? null : chosen);
    body.replaceChildren(renderProfile(profile, scopeText(), state.kinds, openOrganization));
    selectedKey = profile.key;
    map.select(profile.key);
    setState(panel, 'ready');
  } catch (error) {
    body.replaceChildren();
    setState(panel, 'error', (error as Error).message);
  }
}

/** Bumped by each comparison asked: an answer that arrives after a newer question is dropped. */
let comparisonAsked = 0;

async function renderComparePanel() {
  const panel = byId('compare-panel');
  const body = byId('comparison');
  const pair = comparedSessions();
  if (!pair) {
    body.replaceChildren(notice('Two sessions with a programme are needed to compare.'));
    return setState(panel, 'error', 'unavailable');
  }
  const asked = ++comparisonAsked;
  setState(panel, 'loading');
  try {
    const comparison = await loadSessionComparison(pair[0], pair[1], state.kinds);
    if (asked !== comparisonAsked) return;
    body.replaceChildren(renderComparison(comparison, openOrganization));
    setState(panel, 'ready');
  } catch (error) {
    if (asked !== comparisonAsked) return;
    // BAD_USER_INPUT is the API saying why this pair cannot be compared (same session twice, or one without a
    // programme, e.g. from a hand-edited link): its message, which lists the sessions that can be, is the answer.
    const refused = error instanceof ApiError && error.codes.includes('BAD_USER_INPUT');
    const message = (error as Error).message;
    body.replaceChildren(notice(refused ? message : `The comparison failed: ${message}`));
    setState(panel, 'error', refused ? 'not comparable' : 'failed');
  }
}

/** A one-line message in place of a panel's content (whitespace folded, so an answer cannot break the layout). */
const notice = (text: string) => h('p', { class: 'notice', role: 'alert' }, text.replace(/\s+/g, ' ').trim());

function chosenTopics(): string[] {
  if (state.topics !== null) return state.topics;
  return [...trends]
    .sort((a, b) => topicTotal(b, programmes) - topicTotal(a, programmes) || a.name.localeCompare(b.name))
    .slice(0, DEFAULT_TOPIC_COUNT)
    .map((t) => t.key);
}

function renderTrends() {
  const chosen = chosenTopics();
  for (const box of document.querySelectorAll<HTMLInputElement>('#topic-choices input')) {
    box.checked = chosen.includes(box.value);
  }
  chart.show(
    chosen.map((key) => trends.find((t) => t.key === key)).filter((t): t is TopicTrend => t !== undefined),
    programmes,
  );
  setState(byId('trends-panel'), 'ready');
}

function openOrganization(name: string) {
  update({ org: name }, { profile: true });
  byId('profile-panel').scrollIntoView({ block: 'nearest' });
}

function buildControls() {
  byId('session-choices').replaceChildren(
    ...programmes.map((s) => h('label', {}, h('input', { type: 'checkbox', value: s.number }), ` ${label(s)}`)),
  );
  byId('kind-choices').replaceChildren(
    ...Object.keys(KIND_COLORS).map((kind) =>
      h(
        'label',
        {},
        h('input', { type: 'checkbox', value: kind }),
        ' ',
        h('span', { class: 'swatch', style: `background: ${KIND_COLORS[kind]}` }),
        ` ${KIND_LABELS[kind]}`,
      ),
    ),
  );
  byId('legend').replaceChildren(
    ...Object.keys(KIND_COLORS).map((kind) =>
      h(
        'span',
        { class: 'legend-item' },
        h('span', { class: 'swatch', style: `background: ${KIND_COLORS[kind]}` }),
        KIND_LABELS[kind],
      ),
    ),
    h('span', { class: 'legend-item note' }, 'node size: events · line width: shared events'),
  );
  for (const id of ['compare-from', 'compare-to']) {
    byId(id).replaceChildren(...programmes.map((s) => h('option', { value: s.number }, label(s))));
  }
  byId('exports').replaceChildren(
    ...EXPORTS.map((e) =>
      h('a', { class: 'button', 'data-file': e.file, download: e.file, href: `/export/${e.file}` }, e.label),
    ),
  );
  const ranked = [...trends].sort(
    (a, b) => topicTotal(b, programmes) - topicTotal(a, programmes) || a.name.localeCompare(b.name),
  );
  byId('topic-choices').replaceChildren(
    ...ranked.map((t) =>
      h('label', {}, h('input', { type: 'checkbox', value: t.key }), ` ${t.name} (${topicTotal(t, programmes)})`),
    ),
  );

  byId('filters').addEventListener('submit', (event) => event.preventDefault());
  byId('session-choices').addEventListener('change', () => {
    const picked = [...document.querySelectorAll<HTMLInputElement>('#session-choices input:checked')].map((b) =>
      Number(b.value),
    );
    update({ sessions: picked }, { map: true, profile: true });
  });
  byId('kind-choices').addEventListener('change', () => {
    const picked = [...document.querySelectorAll<HTMLInputElement>('#kind-choices input:checked')].map((b) => b.value);
    update(
      { kinds: picked.length === Object.keys(KIND_COLORS).length ? null : picked },
      { map: true, profile: true, compare: true },
    );
  });
  byId('min-shared').addEventListener('change', (event) => {
    const value = Math.max(1, Math.floor(Number((event.target as HTMLInputElement).value) || 1));
    update({ min: value }, { map: true });
  });
  byId('org-search').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>('org-name');
    const name = input.value.trim();
    if (name !== '') openOrganization(name);
  });
  // A select left blank (the link named a session it does not offer) falls back to the default pair.
  const picked = (id: string) => {
    const value = byId<HTMLSelectElement>(id).value;
    return value === '' ? null : Number(value);
  };
  byId('compare-form').addEventListener('change', () => {
    update({ from: picked('compare-from'), to: picked('compare-to') }, { compare: true });
  });
  byId('topic-choices').addEventListener('change', () => {
    const picked = [...document.querySelectorAll<HTMLInputElement>('#topic-choices input:checked')].map((b) => b.value);
    update({ topics: picked }, { trends: true });
  });
  window.addEventListener('popstate', () => {
    state = readViewState(location.search);
    void render({ map: true, profile: true, compare: true, trends: true });
  });
}

async function start() {
  map = new PartnershipMap(byId('map'), openOrganization);
  chart = new TopicChart(byId<HTMLCanvasElement>('trend-chart'));
  window.explorer = { map };
  try {
    [sessions, trends] = await Promise.all([loadSessions(), loadTopicTrends()]);
  } catch (error) {
    setState(byId('map-panel'), 'error', `The API did not answer: ${(error as Error).message}`);
    return;
  }
  programmes = sessions.filter((s) => s.hasProgramme);
  buildControls();
  await render({ map: true, profile: true, compare: true, trends: true });
}

void start();
