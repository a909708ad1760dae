// Which driver errors mean the server cannot be reached (a StoreUnavailableError, so the API can
// answer 503 until the driver reconnects), and URIs as they may appear in messages.
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors.js';

const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';
const DATABASE_NOT_FOUND = 'Neo.ClientError.Database.DatabaseNotFound';

/** Lost or refused connections, expired sessions and transient server states. */
export function isUnavailable(error: unknown): boolean {
  return isRetryableError(error);
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
