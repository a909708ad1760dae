// Runs the store's Cypher in managed transactions, each in its own session: reads with
// executeRead, writes with executeWrite (the driver retries transient failures). Rows come back
// as plain objects; a lost server becomes StoreUnavailableError, and so does a transaction past
// the server's memory limit (not retried).
import neo4j, { type Driver, type ManagedTransaction, type Neo4jError } from 'neo4j-driver';
import type { Cypher } from './cypher-files.js';
import { isMemoryLimit, memoryLimitError, toStoreError } from './errors.js';

export type Row = Record<string, unknown>;
/** Runs one statement in the current transaction and returns its rows. */
export type Run = (query: Cypher, params?: Record<string, unknown>) => Promise<Row[]>;

export class Transactions {
  constructor(
    private readonly driver: Driver,
    private readonly uri: string,
    private readonly database: string | undefined,
  ) {}

  read<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.inSession('read', work);
  }

  write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.inSession('write', work);
  }

  private async inSession<T>(mode: 'read' | 'write', work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const inTx = (tx: ManagedTransaction) => work(runIn(tx, this.uri));
    try {
      return await (mode === 'read' ? session.executeRead(inTx) : session.executeWrite(inTx));
    } catch (error) {
      throw toStoreError(error, this.uri);
    } finally {
      await session.close();
    }
  }
}

function runIn(tx: ManagedTransaction, uri: string): Run {
  return async (query, params = {}) => {
    try {
      const result = await tx.run(query, params);
      return result.records.map((r) => r.toObject() as Row);
    } catch (error) {
      throw isMemoryLimit(error) ? memoryLimitError(error as Neo4jError, uri) : error;
    }
  };
}
