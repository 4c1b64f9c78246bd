// npm run export -- --format graphml|gexf|csv [--sessions 10,12] [--kinds STATE,NGO] [--min-shared-events 2]
//   --out FILE
// The partnership network as a file, asked of the GraphQL API in-process with partnershipNetwork's filters.
// Bad input is one line on stderr with exit code 2, checked before anything is written.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { createServer } from '../server.js';
import { ExportInputError, checkSessionsExist, parseFilter } from './filters.js';
import { CLI_FORMATS, plannedFiles } from './formats.js';
import { GraphQLRequestError, inProcessGraphQL } from './graphql-client.js';
import { fetchNetwork } from './network.js';
import { writeFileAtomically } from './write-file.js';

interface Options {
  format: string;
  out: string;
  sessions?: string;
  kinds?: string;
  minSharedEvents?: string;
}

async function run(options: Options): Promise<void> {
  const files = plannedFiles(options.format, resolve(options.out));
  for (const { path } of files) {
    const folder = dirname(path);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new ExportInputError(`--out: the folder ${folder} does not exist.`);
    }
  }
  const params = new URLSearchParams();
  if (options.sessions !== undefined) params.set('sessions', options.sessions);
  if (options.kinds !== undefined) params.set('kinds', options.kinds);
  if (options.minSharedEvents !== undefined) params.set('minSharedEvents', options.minSharedEvents);
  const filter = parseFilter(params);

  const config = loadConfig();
  const logger = createLogger('silent');
  const connection = await connect(config, { onProgress: (m) => console.error(m) });
  try {
    const yoga = createServer({ graph: connection.graph, config, logger });
    const graphql = inProcessGraphQL((request) => yoga.fetch(request));
    await checkSessionsExist(graphql, filter);
    const network = await fetchNetwork(graphql, filter);
    for (const { file, path } of files) await writeFileAtomically(path, file.write(network));
    console.log(
      `${files.map((f) => f.path).join(' and ')}: ${network.nodes.length} organizations, ${network.edges.length} partnerships`,
    );
  } finally {
    await connection.close();
  }
}

const program = new Command('export')
  .description('Write the partnership network as GraphML, GEXF or CSV (same filters as partnershipNetwork)')
  .requiredOption('--format <format>', CLI_FORMATS.join(' | '))
  .requiredOption('--out <file>', 'file to write (csv: FILE.nodes.csv and FILE.edges.csv)')
  .option('--sessions <numbers>', 'session numbers, e.g. 10,12 (default: all)')
  .option('--kinds <kinds>', 'organization kinds both ends must have, e.g. STATE,NGO (default: all)')
  .option('--min-shared-events <n>', 'minimum shared events of a partnership', '1')
  .action(async (options: Options) => {
    try {
      await run(options);
    } catch (error) {
      if (error instanceof ExportInputError || (error instanceof GraphQLRequestError && error.badInput)) {
        console.error(error.message);
        process.exitCode = 2;
        return;
      }
      console.error(`Export failed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  });

await program.parseAsync();
