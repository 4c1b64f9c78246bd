import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-neo4j.ts'],
    // Community Neo4j has a single user database: integration test files take turns on it,
    // and each starts from an empty graph (see tests/setup/graph.ts).
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
