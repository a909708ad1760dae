// The GraphStore contract on the Neo4j store, against the server at NEO4J_URI (NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE). Each test replaces the actorgraph data in that database, so
// point it at a scratch one. Without NEO4J_URI the contract is listed as skipped.
import { describe } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { runStoreContract } from './contract.js';

const { neo4j } = loadConfig();

if (neo4j) {
  runStoreContract('neo4j', () => openNeo4jStore(neo4j));
} else {
  const reason = 'skipped: set NEO4J_URI to run the Neo4j contract tests';
  console.log(`Neo4j store contract ${reason}`);
  describe.skip(reason, () => {
    runStoreContract('neo4j', () => Promise.reject(new Error(reason)));
  });
}
