// Benchmarks run servers as processes of their own, as `npm start` runs them: started here, ready once they
// print their ready line.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Config } from '../src/config.js';

/** The environment of an API or peer server on `boltUri`: no ingestion (the bench loaded the graph), production. */
export function serverEnv(boltUri: string, config: Config): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: boltUri,
    NEO4J_USER: config.neo4jUser,
    NEO4J_PASSWORD: config.neo4jPassword,
    INGEST_ON_START: 'false',
    NODE_ENV: 'production',
    // info: the ready line is logged; yoga logs nothing per request at this level.
    LOG_LEVEL: 'info',
  };
}

/** Starts a TypeScript entry point (with Node flags such as --cpu-prof) and waits for its ready line. */
export async function startChild(
  entry: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  nodeFlags: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}) before it was ready:\n${output}`)));
  });
  return child;
}
