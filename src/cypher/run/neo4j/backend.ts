// The Neo4j Cypher backend: each query in a READ session (executeRead) with the transaction
// timeout set, so the server itself stops it; rows read up to the limit, then the stream is
// cancelled. It keeps its own driver because the store's reads integers as JS numbers, while a
// query's INTEGERs must come back exactly.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../../config.js';
import { toStoreError } from '../../../store/neo4j/errors.js';
import type { CypherLimits } from '../../limits.js';
import type { CypherNotification, WireValue } from '../../wire.js';
import {
  timeoutError,
  type BackendResult,
  type CypherBackend,
  type JsonParams,
} from '../backend.js';
import { fromNeo4jError } from './errors.js';
import { toDriverParam, toWire } from './values.js';

interface DriverNotification {
  code: string;
  title: string;
  description: string;
  position?: { offset?: number; line?: number; column?: number };
}

function notification(n: DriverNotification): CypherNotification {
  const p = n.position;
  const at =
    p && p.offset !== undefined && p.line !== undefined && p.column !== undefined
      ? { position: { offset: p.offset, line: p.line, column: p.column } }
      : {};
  return { code: n.code, title: n.title, description: n.description, ...at };
}

/** How long past the time limit the client waits for the server to give up itself. */
const GRACE_MS = 2_000;

export class Neo4jCypherBackend implements CypherBackend {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;

  constructor(private readonly config: Neo4jConfig) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      // A query past a memory bound is a transient error; retrying it would only repeat it.
      maxTransactionRetryTime: 1_000,
    });
  }

  async run(query: string, params: JsonParams, limits: CypherLimits): Promise<BackendResult> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.READ,
    });
    const driverParams = toDriverParam(params) as Record<string, unknown>;
    const work = session.executeRead((tx) => this.read(tx, query, driverParams, limits), {
      timeout: limits.timeoutMs,
    });
    // The server's timeout covers running, not parsing or planning; past a grace period the
    // session is closed (the driver resets the connection) and the caller gets its answer.
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeoutError(limits.timeoutMs)), limits.timeoutMs + GRACE_MS);
    });
    work.catch(() => undefined);
    try {
      return await Promise.race([work, expired]);
    } catch (error) {
      throw toStoreError(fromNeo4jError(error, limits.timeoutMs), this.config.uri);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  private async read(
    tx: ManagedTransaction,
    query: string,
    params: Record<string, unknown>,
    limits: CypherLimits,
  ): Promise<BackendResult> {
    const result = tx.run(query, params);
    const rows: WireValue[][] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length === limits.maxRows) {
        truncated = true;
        break;
      }
      rows.push(record.keys.map((key) => toWire(record.get(key))));
    }
    const [keys, summary] = await Promise.all([result.keys(), result.summary()]);
    return {
      columns: keys.map(String),
      rows,
      truncated,
      notifications: (summary.notifications as DriverNotification[]).map(notification),
    };
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
