// The Neo4j column of the Cypher bench: writes a synthetic dataset into the Neo4j at NEO4J_URI
// (replacing its actors and their relationships) and runs the bench's Cypher there through
// neo4j-driver in READ sessions, so both engines answer the same text on the same graph.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { SCHEMA_VERSION } from '../cypher/graph/model.js';
import type { Neo4jConfig } from '../config.js';
import type { Dataset } from '../domain/schema.js';
import { connect } from '../store/neo4j/connect.js';
import { readCypherFiles } from '../store/neo4j/cypher-files.js';
import { batches } from '../store/neo4j/dataset-io.js';
import { withKindLabel, withRelationshipType } from '../store/neo4j/identifiers.js';
import { openNeo4jStore } from '../store/neo4j/index.js';
import { toLoadRows } from '../store/neo4j/rows.js';

export interface Neo4jSide {
  /**
   * Writes the actors and relationships of `dataset` (all that the bench's queries read), unless
   * the server already holds as many (the synthetic graphs are seeded, so a previous run's graph
   * is the same one; the bench's answer check would show it if not). Resolves to whether it wrote.
   */
  load(dataset: Dataset): Promise<boolean>;
  /** Runs one read query and returns its rows as plain objects. */
  read(query: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/** Rows per write transaction: the store's one-transaction load of 10k/50k takes many minutes here. */
const BATCH = 5_000;

export async function openNeo4jSide(cfg: Neo4jConfig): Promise<Neo4jSide> {
  // Opening the store applies the schema (the Actor id index the loader's MERGE relies on).
  await (await openNeo4jStore(cfg)).close();
  const { load } = await readCypherFiles();
  const driver: Driver = await connect(cfg);
  const session = (mode: 'read' | 'write') =>
    driver.session({
      database: cfg.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  const write = async (query: string, params: Record<string, unknown> = {}) => {
    const s = session('write');
    try {
      await s.executeWrite((tx) => tx.run(query, params));
    } finally {
      await s.close();
    }
  };
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
      // The store's own statements and rows, committed batch by batch.
      const rows = toLoadRows(dataset);
      const s = session('write');
      try {
        await s.run(
          'MATCH (n) WHERE n:Actor OR n:Claim OR n:Source CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
        );
      } finally {
        await s.close();
      }
      for (const [kind, actors] of rows.actorsByKind)
        for (const batch of batches(actors, BATCH))
          await write(withKindLabel(load.actors, kind), { batch });
      for (const [type, rels] of rows.relationshipsByType)
        for (const batch of batches(rels, BATCH))
          await write(withRelationshipType(load.relationships, type), { batch });
      // Marked as actorgraph's, as every load is: a start refuses a graph without its Meta record.
      await write(load.revision, { revision: randomUUID(), schemaVersion: SCHEMA_VERSION });
      return true;
    },
    async read(query, params) {
      const s = session('read');
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
