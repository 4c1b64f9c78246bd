// npm run bench:scale — issue 12 P5/P6 at 100,000 events. Not a test: it prints figures.
//   1. writes a synthetic corpus (generate.ts: programme texts in the three layouts), one document at a time;
//   2. P5: loads the same rows with a bare `UNWIND … MERGE` loader (bare-loader.ts), empties the graph, then
//      ingests the corpus through the real pipeline in a child process (ingest-child.ts: time, peak RSS);
//   3. P6: at that scale, the flagship for a busy organization, partnershipNetwork for one session and a paged
//      events filter, through GraphQL (yoga.fetch in-process) and as hand-written Cypher, interleaved: p50, p95, ratio.
// Neo4j: a home of its own (.neo4j/scale, Bolt 7723 unless NEO4J_HOME / NEO4J_BOLT_PORT say otherwise).
//   npm run bench:scale                      # 50 sessions × 2,000 events, 10,000 organizations (minutes)
//   npm run bench:scale -- --small           # 3 × 200, 600 organizations: a quick smoke run
//   npm run bench:scale -- --sessions 10 --events 500 --organizations 2000 --seed 7 --iterations 20
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { inProcessGraphQL } from '../in-process.js';

process.env.NEO4J_HOME ??= '.neo4j/scale';
process.env.NEO4J_BOLT_PORT ??= '7723';
process.env.LOG_LEVEL ??= 'silent';
// 100,000 events want more than npm start's defaults.
process.env.NEO4J_HEAP_MB ??= '2048';
process.env.NEO4J_PAGECACHE_MB ??= '1024';
// Measure slow answers instead of cutting them off at npm start's 10 s guard.
process.env.QUERY_TIMEOUT_MS ??= '120000';

const { loadConfig } = await import('../../src/config.js');
const { connect } = await import('../../src/db/connect.js');
const { cypher } = await import('../../src/graph/cypher.js');
const { createLogger } = await import('../../src/logger.js');
const { createServer } = await import('../../src/server.js');
const { parseExtracted } = await import('../../ingest/extract/parse-located.js');
const { buildBatch } = await import('../../ingest/graph-batch.js');
const { readDocument } = await import('../../ingest/read-documents.js');
const { ensureSchema } = await import('../../ingest/write-graph.js');
const { createOrganizationResolver } = await import('../../src/domain/organizations.js');
const { createTopicAssigner } = await import('../../ingest/resolve/topics.js');
const { DEFAULT_SCALE, generateCorpus } = await import('./generate.js');
const { bareLoad } = await import('./bare-loader.js');

const SMALL = { sessions: 3, eventsPerSession: 200, organizations: 600 };

const program = new Command('bench:scale')
  .option('--seed <n>', 'generator seed', String(DEFAULT_SCALE.seed))
  .option('--sessions <n>', 'sessions (one programme document each)', String(DEFAULT_SCALE.sessions))
  .option('--events <n>', 'events per session', String(DEFAULT_SCALE.eventsPerSession))
  .option('--organizations <n>', 'organizations', String(DEFAULT_SCALE.organizations))
  .option(
    '--small',
    `smoke size: ${SMALL.sessions} sessions × ${SMALL.eventsPerSession} events, ${SMALL.organizations} organizations`,
  )
  .option('--iterations <n>', 'timed requests per query and side', '30')
  .option('--corpus <dir>', 'where to write the corpus (default: a fresh folder under the OS temp dir)')
  .option('--no-bare', 'skip the bare-loader yardstick')
  .option('--queries-only', 'measure the queries on the graph a previous run left (same size flags)')
  .option('--compare-inline', 'also time the pipeline with every document prepared in the writer (no planning child)')
  .parse();
const flags = program.opts<{
  seed: string;
  sessions: string;
  events: string;
  organizations: string;
  small?: boolean;
  iterations: string;
  corpus?: string;
  bare: boolean;
  queriesOnly?: boolean;
  compareInline?: boolean;
}>();
const options = {
  ...DEFAULT_SCALE,
  seed: Number(flags.seed),
  sessions: Number(flags.small ? SMALL.sessions : flags.sessions),
  eventsPerSession: Number(flags.small ? SMALL.eventsPerSession : flags.events),
  organizations: Number(flags.small ? SMALL.organizations : flags.organizations),
};
const iterations = Number(flags.iterations);

// Hand-written Cypher for the same answers as the GraphQL queries (the flagship's is cypher/read/flagship-direct).
const NETWORK_DIRECT = `MATCH (e:Event {session: $session})<-[:ORGANIZES]-(a:Organization)
MATCH (e)<-[:ORGANIZES]-(b:Organization) WHERE a.key < b.key
WITH a, b, count(DISTINCT e) AS weight
RETURN a.name AS source, b.name AS target, weight`;
const EVENTS_PAGE_DIRECT = `CALL () { MATCH (e:Event {session: $session}) RETURN count(e) AS total }
CALL () { MATCH (e:Event {session: $session}) WITH e ORDER BY e.date, e.start, e.id SKIP toInteger($offset) LIMIT toInteger($limit)
          RETURN collect(e.id) AS ids }
RETURN total, ids`;
const BUSY_ORGANIZATIONS = `MATCH (o:Organization)
RETURN o.key AS key, o.name AS name, o.kind AS kind, COUNT { (o)-[:ORGANIZES]->() } AS events ORDER BY events DESC`;

console.log(
  `bench:scale seed ${options.seed}: ${options.sessions} sessions × ${options.eventsPerSession} events, ` +
    `${options.organizations} organizations, ${options.minOrganizers}–${options.maxOrganizers} organizers per event`,
);

// 1. The corpus, one document at a time.
const corpus =
  flags.corpus ?? join(tmpdir(), `cg-scale-${options.seed}-${options.sessions}x${options.eventsPerSession}`);
if (!flags.queriesOnly) writeCorpus();

function writeCorpus(): void {
  const corpus =
    flags.corpus ?? join(tmpdir(), `cg-scale-${options.seed}-${options.sessions}x${options.eventsPerSession}`);
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  const began = performance.now();
  let plannedEvents = 0;
  for (const doc of generateCorpus(options, createOrganizationResolver())) {
    writeFileSync(join(corpus, doc.file), doc.text);
    plannedEvents += doc.events.length;
  }
  const bytes = readdirSync(corpus).reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
  console.log(
    `corpus: ${plannedEvents} events in ${options.sessions} documents (${(bytes / 1e6).toFixed(1)} MB) in ${corpus}, ` +
      `written in ${((performance.now() - began) / 1000).toFixed(1)} s`,
  );
}

const config = loadConfig();
const connection = await connect(config, { onProgress: (m) => console.log(`… ${m}`) });
const { graph } = connection;
// Relationships first, then nodes, in batches: DETACH DELETE of busy organizations (thousands of links each)
// ten thousand at a time overflows the transaction memory pool.
const wipe = async () => {
  await graph.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
  await graph.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
};
try {
  // NEO4J_URI's server when set, else the local one this run started in NEO4J_HOME.
  const where = config.neo4jUri ? graph.options.uri : `${config.localHome}, ${graph.options.uri}`;
  console.log(`Neo4j ${connection.version} ${connection.edition} on ${where}`);
  const files = flags.queriesOnly
    ? []
    : readdirSync(corpus)
        .sort()
        .map((f) => join(corpus, f));

  if (!flags.queriesOnly) await measureIngest(files);
  await measureQueries();
  await measureForget();
} finally {
  await connection.close();
}

async function measureIngest(files: string[]): Promise<void> {
  // 2a. The yardstick: the same rows through the bare loader (only the writes are timed).
  let bare: { seconds: number; events: number } | null = null;
  if (flags.bare) {
    await wipe();
    await ensureSchema(graph);
    const ctx = { organizations: createOrganizationResolver(), topics: createTopicAssigner() };
    const batchOf = async (path: string) => {
      const doc = await readDocument(path);
      return buildBatch(parseExtracted(doc.file, doc.extracted), doc.extracted.text, ctx);
    };
    // Warm-up, untimed: a fresh Neo4j plans and compiles its write statements on the first rows it sees. Timed
    // cold, the yardstick ran ~4× slower than warm (10,000 events: 487 vs 1,859 events/s), which flattered the
    // pipeline (timed afterwards, on the warm server) by the same factor.
    if (files[0] !== undefined) {
      await bareLoad(graph, await batchOf(files[0]));
      await wipe();
    }
    bare = { seconds: 0, events: 0 };
    for (const path of files) {
      const batch = await batchOf(path);
      const t = performance.now();
      await bareLoad(graph, batch);
      bare.seconds += (performance.now() - t) / 1000;
      bare.events += batch.events.length;
    }
    console.log(`bare UNWIND…MERGE loader: ${bare.events} events, writes ${bare.seconds.toFixed(1)} s`);
  }

  // 2b. The real pipeline, in a child process of its own (read, parse, resolve, write; peak RSS). With
  // --compare-inline, first once with every document prepared in the writer's process (no planning child).
  type Ingest = {
    seconds: number;
    events: number;
    documents: number;
    failed: string[];
    maxRssMb: number;
    planner: { where: string; peakRssMb: number | null };
    organizations: number;
    organizes: number;
  };
  const runPipeline = async (planAhead?: 'inline'): Promise<Ingest> => {
    await wipe();
    const env = planAhead ? { ...process.env, PLAN_AHEAD: planAhead } : process.env;
    const child = spawnSync('npx', ['tsx', 'bench/scale/ingest-child.ts', corpus], {
      env,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (child.status !== 0) throw new Error(`ingestion failed:\n${child.stderr}`);
    const ingest = JSON.parse(child.stdout.trim().split('\n').pop()!) as Ingest;
    if (ingest.failed.length > 0) throw new Error(`documents failed: ${ingest.failed.join('; ')}`);
    const planner =
      ingest.planner.peakRssMb === null
        ? 'parsed in the writer'
        : `planning child ${ingest.planner.peakRssMb.toFixed(0)} MB`;
    console.log(
      `pipeline ingest${planAhead ? ' (documents prepared in the writer)' : ''}: ${ingest.events} events, ` +
        `${ingest.organizations} organizations, ${ingest.organizes} ORGANIZES in ${ingest.seconds.toFixed(1)} s; ` +
        `peak RSS ${ingest.maxRssMb.toFixed(0)} MB (${planner})`,
    );
    return ingest;
  };
  const inline = flags.compareInline ? await runPipeline('inline') : null;
  const ingest = await runPipeline();
  const pipelineRate = ingest.events / ingest.seconds;
  const plannerRss =
    ingest.planner.peakRssMb === null ? '' : ` + planning child ${ingest.planner.peakRssMb.toFixed(0)} MB`;

  console.log('\nP5 ingest');
  console.log(
    `  pipeline ${pipelineRate.toFixed(0)} events/s (read, parse, resolve, write), peak RSS ${ingest.maxRssMb.toFixed(0)} MB${plannerRss}`,
  );
  if (inline) {
    const inlineRate = inline.events / inline.seconds;
    console.log(
      `  pipeline, documents prepared in the writer: ${inlineRate.toFixed(0)} events/s, peak RSS ${inline.maxRssMb.toFixed(0)} MB; ` +
        `planning child / writer ${(pipelineRate / inlineRate).toFixed(2)}x`,
    );
  }
  if (bare) {
    const bareRate = bare.events / bare.seconds;
    console.log(
      `  bare UNWIND…MERGE ${bareRate.toFixed(0)} events/s (writes only); ratio ${(pipelineRate / bareRate).toFixed(2)}x`,
    );
  }
}

async function measureQueries(): Promise<void> {
  // The long tail, as it landed in the graph.
  const busy = (await graph.read(BUSY_ORGANIZATIONS)).map((r) => ({
    key: String(r.key),
    name: String(r.name),
    kind: String(r.kind),
    events: Number(r.events),
  }));
  const median = busy[Math.floor(busy.length / 2)]?.events ?? 0;
  const fewShare = busy.filter((o) => o.events <= 2).length / Math.max(1, busy.length);
  console.log(
    `organizations by events: top ${busy
      .slice(0, 3)
      .map((o) => `${o.name} ${o.events}`)
      .join(', ')}; over 1,000 events: ${busy.filter((o) => o.events > 1000).length}; ` +
      `median ${median}; in one or two events: ${(fewShare * 100).toFixed(0)} %`,
  );

  // 3. Queries at scale.
  const yoga = createServer({ graph, config, logger: createLogger('silent') });
  const ask = inProcessGraphQL(yoga);
  const busiest = busy[0]!;
  // A "busy" organization in the sense of the issue: the non-State closest to 1,000 events.
  const typical = busy
    .filter((o) => o.kind !== 'STATE')
    .reduce((a, b) => (Math.abs(b.events - 1000) < Math.abs(a.events - 1000) ? b : a), busiest);
  const session = Math.ceil(options.sessions / 2);
  const flagship = (name: string) =>
    `{ organization(name: ${JSON.stringify(name)}) { partners(kind: STATE) { organization { name iso3 } sessions { number year } events { title } } } }`;
  const cases: { label: string; graphql: () => Promise<string>; cypher: () => Promise<string> }[] = [];
  // Answers are compared as sorted lists: ties in the partners' order may differ by collation (the API sorts
  // names with localeCompare, Cypher by code point: "Türkiye" / "Turkmenistan").
  for (const org of busiest.key === typical.key ? [busiest] : [busiest, typical]) {
    cases.push({
      label: `flagship, ${org.name} (${org.events} events)`,
      graphql: async () =>
        ((await ask(flagship(org.name))).organization.partners as any[])
          .map((p) => `${p.organization.name}:${p.events.length}`)
          .sort()
          .join('|'),
      cypher: async () =>
        (await graph.read(cypher('read/flagship-direct'), { key: org.key }))
          .map((r) => `${r.name}:${(r.events as unknown[]).length}`)
          .sort()
          .join('|'),
    });
  }
  cases.push({
    label: `partnershipNetwork(sessions: [${session}])`,
    graphql: async () => {
      const edges = (
        await ask(`{ partnershipNetwork(sessions: [${session}]) { edges { source { name } target { name } weight } } }`)
      ).partnershipNetwork.edges as { weight: number }[];
      return `${edges.length} edges, weight ${edges.reduce((n, e) => n + e.weight, 0)}`;
    },
    cypher: async () => {
      const rows = await graph.read(NETWORK_DIRECT, { session });
      return `${rows.length} edges, weight ${rows.reduce((n, r) => n + Number(r.weight), 0)}`;
    },
  });
  // The cursor of the 3rd page is asked once, before timing: the timed request is the page, as in the Cypher.
  const first = await ask(`{ events(filter: { sessions: [${session}] }, first: 40) { pageInfo { endCursor } } }`);
  const cursor = JSON.stringify(first.events.pageInfo.endCursor);
  cases.push({
    label: `events(filter: {sessions: [${session}]}, first: 20, 3rd page)`,
    graphql: async () => {
      const page = (
        await ask(
          `{ events(filter: { sessions: [${session}] }, first: 20, after: ${cursor}) { totalCount nodes { id } } }`,
        )
      ).events;
      return `${page.totalCount}: ${(page.nodes as { id: string }[]).map((n) => fromGlobalId(n.id)).join(',')}`;
    },
    cypher: async () => {
      const [row] = await graph.read(EVENTS_PAGE_DIRECT, { session, offset: 40, limit: 20 });
      return `${row!.total}: ${(row!.ids as string[]).join(',')}`;
    },
  });

  console.log(`\nqueries: ${iterations} requests per side, interleaved, after 3 warm-up (GraphQL through yoga.fetch)`);
  for (const c of cases) {
    let a: string;
    let b: string;
    try {
      [a, b] = [await c.graphql(), await c.cypher()];
    } catch (error) {
      console.log(`  ${c.label}\n    failed: ${(error as Error).message.slice(0, 200)}`);
      continue;
    }
    if (a !== b) {
      const at = [...a].findIndex((ch, i) => ch !== b[i]);
      throw new Error(
        `${c.label}: answers differ from character ${at}\n GraphQL: …${a.slice(at - 80, at + 120)}\n Cypher:  …${b.slice(at - 80, at + 120)}`,
      );
    }
    for (let i = 0; i < 3; i += 1) {
      await c.graphql();
      await c.cypher();
    }
    const g: number[] = [];
    const d: number[] = [];
    // At most about a minute per query, however slow one side is (three samples at least).
    const deadline = performance.now() + 60_000;
    for (let i = 0; i < iterations && (i < 3 || performance.now() < deadline); i += 1) {
      let t = performance.now();
      await c.graphql();
      g.push(performance.now() - t);
      t = performance.now();
      await c.cypher();
      d.push(performance.now() - t);
    }
    const [gs, ds] = [stats(g), stats(d)];
    console.log(
      `  ${c.label} (${g.length} samples)\n    GraphQL p50 ${gs.p50.toFixed(1)} ms p95 ${gs.p95.toFixed(1)} ms | Cypher p50 ${ds.p50.toFixed(1)} ms ` +
        `p95 ${ds.p95.toFixed(1)} ms | ratio p50 ${(gs.p50 / ds.p50).toFixed(2)}x p95 ${(gs.p95 / ds.p95).toFixed(2)}x`,
    );
  }
}

/**
 * What re-ingesting a changed document first does at this size: forget what it stated (its events and the
 * relationships citing it), in a transaction rolled back each time, so the graph stays as it is.
 */
async function measureForget(): Promise<void> {
  const [row] = await graph.read('MATCH (d:Document) RETURN d.file AS file ORDER BY d.file LIMIT 1');
  if (!row) return;
  const times: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const session = graph.driver.session({ database: config.neo4jDatabase });
    const tx = session.beginTransaction();
    try {
      const t = performance.now();
      await tx.run(cypher('write/forget-document'), { file: row.file });
      if (i > 0) times.push(performance.now() - t);
    } finally {
      await tx.rollback();
      await session.close();
    }
  }
  console.log(`\nre-ingest: forgetting one document (${String(row.file)}), rolled back`);
  console.log(`  p50 ${stats(times).p50.toFixed(0)} ms (${times.length} samples)`);
}

/** Relay global ids are base64 of "Event:<id>". */
function fromGlobalId(id: string): string {
  return Buffer.from(id, 'base64')
    .toString('utf8')
    .replace(/^Event:/, '');
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}
