// Run by bench/scale/run.ts in a process of its own, so its peak RSS is the ingestion's alone:
// ingests the given folder through the real pipeline and prints one JSON line of figures.
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';
import { ingestPaths } from '../../ingest/pipeline.js';

const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: ingest-child.ts <folder>');
const connection = await connect(loadConfig());
try {
  const began = performance.now();
  // PLAN_AHEAD=inline|child forces where documents are prepared (default: the pipeline's own choice).
  const planAhead = process.env.PLAN_AHEAD ? { child: process.env.PLAN_AHEAD === 'child' } : {};
  const summary = await ingestPaths(connection.graph, [folder], { force: true, planAhead });
  const seconds = (performance.now() - began) / 1000;
  const events = summary.documents.reduce((n, d) => n + d.events, 0);
  console.log(
    JSON.stringify({
      seconds,
      events,
      documents: summary.documents.length,
      failed: summary.failed,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      planner: summary.planner,
      organizations: summary.labels.Organization ?? 0,
      organizes: summary.relationships.ORGANIZES ?? 0,
    }),
  );
} finally {
  await connection.close();
}
