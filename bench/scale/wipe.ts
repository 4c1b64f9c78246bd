// Empties the configured Neo4j (every node and relationship; schema stays), for benchmarks that start from
// nothing. Refuses NEO4J_URI servers: it is meant for this worktree's own local homes only.
import { loadConfig } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';

/** Batched, so a large graph is not deleted in one transaction. */
const WIPE = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

const config = loadConfig();
if (config.neo4jUri) throw new Error('wipe.ts only empties a local Neo4j home (NEO4J_URI is set)');
const connection = await connect(config);
try {
  await connection.graph.run(WIPE);
} finally {
  await connection.close();
}
