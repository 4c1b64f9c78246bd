// npm run db:start | db:stop | db:status — manage the project's local Neo4j (a detached server).
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { Graph } from '../graph/driver.js';
import { localNeo4jOptions } from './connect.js';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j.js';

const config = loadConfig();
const program = new Command('db').description("Manage convention-graph's local Neo4j 5.26 server");

program
  .command('start')
  .description('start Neo4j on 127.0.0.1 (downloads it with Maven the first time) and wait until Bolt is ready')
  .action(async () => {
    if (config.neo4jUri) {
      console.log(`NEO4J_URI is set (${config.neo4jUri}): nothing local to start.`);
      return;
    }
    const began = Date.now();
    const neo4j = await startLocalNeo4j(
      localNeo4jOptions(config, { detached: true, onProgress: (m) => console.log(`… ${m}`) }),
    );
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    console.log(
      neo4j.startedHere
        ? `Neo4j ${neo4j.version} ready on ${neo4j.uri} in ${seconds}s (pid ${neo4j.pid}, log ${neo4j.logFile})`
        : `Neo4j ${neo4j.version} already running on ${neo4j.uri} (pid ${neo4j.pid})`,
    );
  });

program
  .command('stop')
  .description('stop the local Neo4j cleanly')
  .action(async () => {
    const stopped = await stopLocalNeo4j(config.localHome, config.localBoltPort);
    console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
  });

program
  .command('status')
  .description('say whether the local Neo4j runs and answers over Bolt')
  .action(async () => {
    const status = localNeo4jStatus(config.localHome, config.localBoltPort);
    if (!status.running) {
      console.log('Neo4j is not running.');
      process.exitCode = 1;
      return;
    }
    const graph = new Graph({
      uri: `bolt://127.0.0.1:${config.localBoltPort}`,
      user: config.neo4jUser,
      password: config.neo4jPassword,
    });
    try {
      const info = await graph.serverInfo();
      console.log(
        `Neo4j ${info.version} ${info.edition} running (pid ${status.pid}) on bolt://127.0.0.1:${config.localBoltPort}`,
      );
    } catch (error) {
      console.log(`Neo4j process ${status.pid} runs but does not answer: ${(error as Error).message}`);
      process.exitCode = 1;
    } finally {
      await graph.close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(`error: ${(error as Error).message}`);
  process.exit(error instanceof LocalNeo4jError ? error.exitCode : 1);
});
