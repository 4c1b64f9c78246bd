// What the read-path benches (bench:flagship, bench:query-cost) start from: their own Neo4j by default (a local
// one in .neo4j/bench), set before the project's modules read the environment, and those modules.
process.env.NEO4J_HOME ??= '.neo4j/bench';
process.env.NEO4J_BOLT_PORT ??= '7689';
process.env.LOG_LEVEL ??= 'silent';

export const { loadConfig } = await import('../src/config.js');
export const { connect } = await import('../src/db/connect.js');
export const { cypher } = await import('../src/graph/cypher.js');
export const { createLogger } = await import('../src/logger.js');
export const { createServer } = await import('../src/server.js');
export const { ingestBundledCorpus } = await import('../ingest/pipeline.js');
export const { createOrganizationResolver } = await import('../src/domain/organizations.js');
