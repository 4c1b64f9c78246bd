// npm run ingest -- [files or folders] [--dry-run] [--json]
// commander parses the arguments; cli-progress draws the bar on a terminal (and stays silent elsewhere).
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../src/config.js';
import { connect } from '../src/db/connect.js';
import { internalMessage } from '../src/graph/errors.js';
import { createLogger } from '../src/logger.js';
import { dryRunReport } from './dry-run.js';
import { BUNDLED_CORPUS, ingestPaths, planDocuments, type IngestSummary } from './pipeline.js';
import { type Source, formatSource } from './records.js';

const program = new Command('ingest')
  .description('Load COP programmes and reference documents into the knowledge graph')
  .argument('[paths...]', 'documents (.txt, .pdf, .html) or folders of them', [BUNDLED_CORPUS])
  .option('--dry-run', 'parse and resolve only; do not touch Neo4j')
  .option('--json', 'print the result as one JSON document')
  .option('--force', 'write every document, even those already in the graph unchanged')
  .action(async (paths: string[], options: { dryRun?: boolean; json?: boolean; force?: boolean }) => {
    if (options.dryRun) {
      const planned = await planDocuments(paths);
      const report = dryRunReport(planned);
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else printDryRun(report);
      if (planned.some((d) => d.error)) process.exitCode = 1;
      return;
    }
    const config = loadConfig();
    const logger = createLogger(options.json ? 'silent' : config.logLevel);
    const connection = await connect(config, { onProgress: (m) => logger.info(m) });
    const bar =
      process.stderr.isTTY && !options.json
        ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}' }, Presets.shades_classic)
        : null;
    try {
      const summary = await ingestPaths(connection.graph, paths, {
        force: options.force ?? false,
        onDocument: (file, done, total) => {
          if (bar && done === 1) bar.start(total, 0, { file });
          bar?.update(done, { file });
        },
      });
      bar?.stop();
      if (options.json) console.log(JSON.stringify(summary, null, 2));
      else printSummary(summary);
      if (summary.failed.length > 0) process.exitCode = 1;
    } finally {
      await connection.close();
    }
  });

function printSummary(summary: IngestSummary): void {
  console.log('\nDocuments:');
  const mark = { loaded: '✓', skipped: '=', failed: '✗' };
  for (const d of summary.documents)
    console.log(
      `  ${mark[d.status]} ${d.file}${
        d.status === 'failed'
          ? `: ${d.error}`
          : ` (${d.events} events${d.status === 'skipped' ? ', unchanged: skipped' : ''})`
      }`,
    );
  console.log('\nNodes per label:');
  for (const [label, n] of Object.entries(summary.labels)) console.log(`  ${label.padEnd(16)} ${n}`);
  console.log('\nRelationships per type:');
  for (const [type, n] of Object.entries(summary.relationships)) console.log(`  ${type.padEnd(16)} ${n}`);
  printNotes(summary.unresolved, summary.warnings);
  if (summary.failed.length)
    console.log(`\n${summary.failed.length} document(s) failed and wrote nothing; the others loaded.`);
}

function printDryRun(report: ReturnType<typeof dryRunReport>): void {
  for (const d of report.documents)
    console.log(
      `${d.ok ? '✓' : '✗'} ${d.file}${d.ok ? ` (${d.kind}${d.layout ? `, ${d.layout}` : ''})` : `: ${d.error}`}`,
    );
  console.log(
    `${report.sessions.length} sessions, ${report.events.length} events, ${report.organizations.length} organizations (nothing written: --dry-run)`,
  );
  printNotes(report.unresolved, report.warnings);
}

function printNotes(
  unresolved: { name: string; guessedKind: string; source: Source }[],
  warnings: { message: string; source: Source }[],
): void {
  if (unresolved.length) {
    console.log(`\nUnresolved names (${unresolved.length}; add them to ingest/reference/organizations.yaml):`);
    for (const u of unresolved) console.log(`  ${cited(u.source)}  ${u.name}  (guessed ${u.guessedKind})`);
  }
  if (warnings.length) {
    console.log(`\nWarnings (${warnings.length}):`);
    for (const w of warnings) console.log(`  ${cited(w.source)}  ${w.message}`);
  }
}

const cited = (s: Source) => formatSource(s.file, s.line, s.page ?? null);

program.parseAsync().catch((error: unknown) => {
  console.error(`error: ${internalMessage(error)}`);
  process.exit(1);
});
