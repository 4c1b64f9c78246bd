// npm start: start (or reach) Neo4j, load the bundled corpus, serve GraphQL. Ctrl-C stops it all.
import { createServer as createHttpServer } from 'node:http';
import { loadConfig } from './config.js';
import { connect, localNeo4jOptions } from './db/connect.js';
import { LocalNeo4jError } from './db/local-neo4j.js';
import { superviseLocalNeo4j } from './db/supervise.js';
import { internalMessage } from './graph/errors.js';
import { createLogger } from './logger.js';
import { createServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

async function main(): Promise<void> {
  await ensurePortFree(config.port);
  const began = Date.now();
  const connection = await connect(config, { onProgress: (m) => logger.info(m) });
  logger.info(
    `Neo4j ${connection.version} ${connection.edition} ready in ${((Date.now() - began) / 1000).toFixed(1)}s` +
      (connection.local ? ` (local, ${connection.local.startedHere ? 'started' : 'already running'})` : ' (NEO4J_URI)'),
  );
  // The local server is kept running (restarted if it exits); NEO4J_URI servers are someone else's to run.
  const supervisor = connection.local
    ? superviseLocalNeo4j(localNeo4jOptions(config), connection.local, {
        log: (level, message) => logger[level](message),
        onExit: (pid) => connection.graph.availability.markDown(`the local Neo4j (pid ${pid}) exited; restarting it`),
      })
    : null;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info(`${signal}: stopping`);
    http.close();
    await supervisor?.stop();
    await connection.close();
    process.exit(0);
  };
  // Registered before ingestion: a Ctrl-C while loading also stops the Neo4j this process runs.
  const http = createHttpServer();
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.ingestOnStart) {
    // The one exception to "src/ never imports ingest/": the entry point that starts everything loads the corpus.
    // eslint-disable-next-line no-restricted-syntax
    const { ingestBundledCorpus } = await import('../ingest/pipeline.js');
    const summary = await ingestBundledCorpus(connection.graph, logger);
    const events = summary.documents.reduce((n, d) => n + d.events, 0);
    logger.info(`graph ready: ${events} events, ${summary.labels.Organization ?? 0} organizations`);
  }

  const yoga = createServer({ graph: connection.graph, config, logger });
  http.on('request', yoga);
  http.once('error', (error: NodeJS.ErrnoException) => {
    logger.error(
      error.code === 'EADDRINUSE'
        ? `Port ${config.port} was taken while starting (another \`npm start\`?). Stop it or set PORT.`
        : `HTTP server failed: ${error.message}`,
    );
    void connection.close().then(() => process.exit(2));
  });
  http.listen(config.port, () => {
    logger.info(
      `Explorer on http://localhost:${config.port}/  GraphQL on http://localhost:${config.port}/graphql  ` +
        `health on http://localhost:${config.port}/health`,
    );
  });
}

/** A second `npm start` (or anything else on PORT) is caught before Neo4j or ingestion is touched. */
async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createHttpServer();
    probe.once('error', () =>
      reject(new Error(`Port ${port} is already in use (is another \`npm start\` running?). Stop it or set PORT.`)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

main().catch((error: unknown) => {
  logger.error(internalMessage(error));
  process.exit(error instanceof LocalNeo4jError ? error.exitCode : 1);
});
