// The bad situations of starting or reaching Neo4j give one clear sentence, never a hang.
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { LocalNeo4jError, startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { Graph } from '../../src/graph/driver.js';

describe('when Neo4j cannot be started or reached', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('when the Bolt port is taken, then the local start refuses with exit code 3 and names the port', async () => {
    const blocker = createServer();
    servers.push(blocker);
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    const start = startLocalNeo4j({
      home: '.neo4j/port-taken',
      boltPort: port,
      password: 'irrelevant-pw',
      pageCacheMb: 64,
      heapMb: 256,
      startTimeoutS: 30,
      detached: false,
    });
    await expect(start).rejects.toThrow(LocalNeo4jError);
    await expect(start).rejects.toThrow(`Bolt port ${port}`);
    await start.catch((e: LocalNeo4jError) => expect(e.exitCode).toBe(3));
  });

  it('when the credentials are wrong, then the error says so', async () => {
    const target = inject('neo4j');
    const graph = new Graph({ uri: target.uri, user: target.user, password: 'wrong-password' });
    await expect(graph.serverInfo()).rejects.toThrow(/rejected the credentials/);
    await graph.close();
  });

  it('when nothing listens at NEO4J_URI, then the error says it is not reachable', async () => {
    const graph = new Graph({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    await expect(graph.serverInfo()).rejects.toThrow(/not reachable/);
    await graph.close();
  });
});
