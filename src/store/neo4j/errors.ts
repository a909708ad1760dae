// Which driver errors mean the server cannot be reached (a StoreUnavailableError, so the API can
// answer 503 until the driver reconnects), and URIs as they may appear in messages.
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors.js';

const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';
const DATABASE_NOT_FOUND = 'Neo.ClientError.Database.DatabaseNotFound';
/** Transient by Neo4j's classification, but the same transaction fails the same way every time. */
const MEMORY_LIMITS = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/** Lost or refused connections, expired sessions and transient server states. */
export function isUnavailable(error: unknown): boolean {
  return isRetryableError(error) && !isMemoryLimit(error);
}

export function isMemoryLimit(error: unknown): boolean {
  return error instanceof Neo4jError && MEMORY_LIMITS.has(error.code);
}

/**
 * A transaction past the server's memory limits, as an error the driver does not retry (it would
 * run the whole transaction again, to fail again): a store error naming the setting to raise.
 */
export function memoryLimitError(error: Neo4jError, uri: string): StoreUnavailableError {
  return new StoreUnavailableError(
    `Neo4j at ${safeUri(uri)} refused the transaction: it needs more memory than the server ` +
      `allows (${error.code}: ${error.message}). It was rolled back, so nothing of it was ` +
      'written. Give the server a larger heap (NEO4J_HEAP for npm run neo4j, ' +
      'server.memory.heap.max_size elsewhere) or raise dbms.memory.transaction.total.max',
    { cause: error },
  );
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === UNAUTHORIZED;
}

export function isDatabaseNotFound(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === DATABASE_NOT_FOUND;
}

/** The error to throw for a failed call: StoreUnavailableError when the server is out of reach. */
export function toStoreError(error: unknown, uri: string): unknown {
  if (!isUnavailable(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`Neo4j at ${safeUri(uri)} is unavailable: ${reason}`, {
    cause: error,
  });
}

/** The URI without any user:password@ part, fit for messages and logs. */
export function safeUri(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//');
}
