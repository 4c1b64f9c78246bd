// Chooses the Neo4j to use: NEO4J_URI when set (external server, Aura, cluster), else the local one.
import type { Config } from '../config.js';
import { Graph, GraphUnavailableError } from '../graph/driver.js';
import { startLocalNeo4j, type LocalNeo4jOptions, type RunningNeo4j } from './local-neo4j.js';

export interface Connection {
  graph: Graph;
  version: string;
  edition: string;
  /** The local server, when this project runs one (null with NEO4J_URI). */
  local: RunningNeo4j | null;
  /** Closes the driver, and stops the local server if this process started it. */
  close(): Promise<void>;
}

export async function connect(
  config: Config,
  options: { detached?: boolean; onProgress?: (message: string) => void } = {},
): Promise<Connection> {
  const local = config.neo4jUri ? null : await startLocalNeo4j(localNeo4jOptions(config, options));
  const graph = new Graph({
    uri: config.neo4jUri ?? local!.uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    timeoutMs: config.queryTimeoutMs,
    connectTimeoutMs: config.connectTimeoutMs,
  });
  const close = async () => {
    await graph.close();
    if (local?.startedHere) await local.stop();
  };
  try {
    const info = await graph.serverInfo();
    return { graph, ...info, local, close };
  } catch (error) {
    await close();
    if (error instanceof GraphUnavailableError) throw error;
    throw new GraphUnavailableError(String(error), { cause: error });
  }
}

/** The local server's settings, from the validated configuration. */
export function localNeo4jOptions(
  config: Config,
  options: { detached?: boolean; onProgress?: (message: string) => void } = {},
): LocalNeo4jOptions {
  return {
    home: config.localHome,
    boltPort: config.localBoltPort,
    password: config.neo4jPassword,
    pageCacheMb: config.localPageCacheMb,
    heapMb: config.localHeapMb,
    startTimeoutS: config.localStartTimeoutS,
    detached: options.detached ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}
