// The generic peer of P3 (npm run bench): @neo4j/graphql v7 on graphql-yoga over the same Neo4j, with the
// typeDefs of bench/peer/typedefs.graphql: what a user of that library would run. Started as its own process
// by bench/flagship.ts; prints "ready" once it listens on 127.0.0.1:PEER_PORT.
//   PEER_PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { disableNagleOnClientSockets } from '../../src/graph/no-delay.js';

// The same socket setting as our API (src/graph/no-delay.ts), so P3 compares the GraphQL layers, not Nagle.
disableNagleOnClientSockets();

const port = Number(process.env.PEER_PORT ?? 4014);
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'convention-graph'),
);
const typeDefs = readFileSync(new URL('./typedefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
// Defaults, as the library's own examples serve it; no request logging.
const yoga = createYoga({ schema, logging: false, graphiql: false, context: ({ request }) => ({ request }) });
const server = createServer(yoga);
server.listen(port, '127.0.0.1', () => console.log('ready'));

const stop = () => {
  server.close();
  void driver.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
