// Vitest global setup: one real Neo4j for the whole integration run.
//   1. NEO4J_URI set → that server (refused if it holds data, unless NEO4J_TEST_ALLOW_WIPE=1);
//   2. a Docker engine reachable → testcontainers' Neo4j module with the official 5.26 image;
//   3. otherwise → the project's Maven-resolved Neo4j in .neo4j/test on its own port, from an empty folder.
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { Graph } from '../../src/graph/driver.js';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | null;
  via: 'NEO4J_URI' | 'testcontainers' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { target, stop } = await provision();
  const graph = new Graph({
    uri: target.uri,
    user: target.user,
    password: target.password,
    database: target.database ?? undefined,
  });
  try {
    const info = await graph.serverInfo();
    console.log(`[tests] Neo4j ${info.version} ${info.edition} via ${target.via} at ${target.uri}`);
    if (target.via === 'NEO4J_URI' && process.env.NEO4J_TEST_ALLOW_WIPE !== '1') {
      const [row] = await graph.read('MATCH (n) RETURN count(n) AS n');
      if (Number(row?.n) > 0) {
        throw new Error(
          `NEO4J_URI ${target.uri} holds ${row?.n} nodes; the tests empty the database between files. ` +
            'Point NEO4J_URI at a scratch database, or set NEO4J_TEST_ALLOW_WIPE=1.',
        );
      }
    }
  } finally {
    await graph.close();
  }
  project.provide('neo4j', target);
  return stop;
}

async function provision(): Promise<{ target: TestNeo4j; stop: () => Promise<void> }> {
  const env = process.env;
  if (env.NEO4J_URI) {
    return {
      target: {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE ?? null,
        via: 'NEO4J_URI',
      },
      stop: async () => {},
    };
  }
  if (await dockerIsReachable()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('convention-graph-test').start();
    return {
      target: {
        uri: container.getBoltUri(),
        user: container.getUsername(),
        password: container.getPassword(),
        database: null,
        via: 'testcontainers',
      },
      stop: async () => {
        await container.stop();
      },
    };
  }
  const home = env.NEO4J_TEST_HOME ?? '.neo4j/test';
  rmSync(`${home}/db`, { recursive: true, force: true });
  const password = 'convention-graph-test';
  const local = await startLocalNeo4j({
    home,
    boltPort: Number(env.NEO4J_TEST_BOLT_PORT ?? 7688),
    password,
    pageCacheMb: 256,
    heapMb: 1024,
    startTimeoutS: 900,
    detached: false,
    onProgress: (m) => console.log(`[tests] ${m}`),
  });
  return {
    target: { uri: local.uri, user: 'neo4j', password, database: null, via: 'local' },
    stop: () => local.stop(),
  };
}

/** Only try testcontainers when a Docker engine answers; the docker CLI alone is not enough. */
async function dockerIsReachable(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
