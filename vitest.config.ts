import { defineConfig } from 'vitest/config';

// graphql has no "exports" map: Node loads its CommonJS build (as Pothos and yoga do), while Vite would pick
// the .mjs one for our own files, giving two graphql "realms" (schema errors, GraphQLError not recognised).
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    // Community Neo4j has a single user database: integration files take turns on it, and each starts
    // from an empty graph (tests/setup/graph.ts). Unit files are fast enough to share the same order.
    fileParallelism: false,
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'integration',
          // Browser tests (tests/browser) drive the real app in Chromium over the same Neo4j, so they share
          // this project's global setup and its one-file-at-a-time order.
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Starts (or reaches) a real Neo4j once for the whole run.
          globalSetup: ['tests/setup/global-neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
