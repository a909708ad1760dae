// The Neo4j column of the Cypher bench: writes a synthetic dataset into the Neo4j at NEO4J_URI
// (replacing the actorgraph graph there) and runs the bench's Cypher there through
// neo4j-driver in READ sessions, so both engines answer the same text on the same graph.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import type { Dataset } from '../domain/schema.js';
import { connect } from '../store/neo4j/connect.js';
import { openNeo4jStore } from '../store/neo4j/index.js';

export interface Neo4jSide {
  /**
   * Writes `dataset` with the store's own load, unless the server already holds as many actors
   * and relationships (the synthetic graphs are seeded, so a previous run's graph
   * is the same one; the bench's answer check would show it if not). Resolves to whether it wrote.
   */
  load(dataset: Dataset): Promise<boolean>;
  /** Runs one read query and returns its rows as plain objects. */
  read(query: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

export async function openNeo4jSide(cfg: Neo4jConfig): Promise<Neo4jSide> {
  const driver: Driver = await connect(cfg);
  const session = () =>
    driver.session({ database: cfg.database, defaultAccessMode: neo4j.session.READ });
  const side: Neo4jSide = {
    async load(dataset) {
      const [held] = await side.read(
        'MATCH (a:Actor) WITH count(a) AS actors RETURN actors, COUNT { (:Actor)-[]->(:Actor) } AS relationships',
        {},
      );
      if (
        held?.actors === dataset.actors.length &&
        held.relationships === dataset.relationships.length
      )
        return false;
      // The store's own load, which commits in batches.
      const store = await openNeo4jStore(cfg);
      try {
        await store.load(dataset, 'replace');
      } finally {
        await store.close();
      }
      return true;
    },
    async read(query, params) {
      const s = session();
      try {
        const result = await s.executeRead((tx) => tx.run(query, params));
        return result.records.map((r) => r.toObject());
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
  return side;
}
