// Empties the configured Neo4j (every node and relationship; schema stays), for benchmarks that start from
// nothing. Refuses NEO4J_URI servers: it is meant for this worktree's own local homes only.
import { loadConfig } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';

/** Batched, relationships first, so a large graph is neither deleted in one transaction nor overflows its memory. */
const WIPE = [
  'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS',
  'MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS',
];

const config = loadConfig();
if (config.neo4jUri) throw new Error('wipe.ts only empties a local Neo4j home (NEO4J_URI is set)');
const connection = await connect(config);
try {
  for (const statement of WIPE) await connection.graph.run(statement);
} finally {
  await connection.close();
}
