import { defineConfig } from 'vitest/config';

// Test files sharing the Neo4j database at NEO4J_URI replace its data, so they run one at a time
// in their own project; every other file runs in parallel beside them.
const NEO4J_SHARED = [
  'test/store/neo4j.contract.test.ts',
  'test/differential/**/*.test.ts',
  'test/neo4j-live/**/*.test.ts',
  'test/api/cypher-run.test.ts',
  'test/api/compact-graph.neo4j.test.ts',
  'test/cypher/examples.test.ts',
  'test/cypher/differential/**/*.test.ts',
  'test/cypher/functions/neo4j.test.ts',
  'test/tck/tck.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: NEO4J_SHARED },
      },
      {
        extends: true,
        test: { name: 'neo4j', include: NEO4J_SHARED, fileParallelism: false },
      },
    ],
  },
});
