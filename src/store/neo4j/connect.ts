// Opens the driver and waits for the server: a few attempts with growing pauses, then a clear
// error naming the URI (never the password).
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
import { StoreUnavailableError } from '../../domain/errors.js';
import { isDatabaseNotFound, isUnauthorized, isUnavailable, safeUri } from './errors.js';

export interface RetryPolicy {
  attempts: number;
  /** Pause after the first failed attempt; each later pause doubles. */
  firstDelayMs: number;
}

/** About 15 s in all: enough for a server that is still starting. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, firstDelayMs: 1_000 };

export async function connect(
  cfg: Neo4jConfig,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<Driver> {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    // Integers arrive as JS numbers: counts and degrees are far below 2^53.
    disableLosslessIntegers: true,
    // Fail within seconds when the server is gone, so the API can answer 503 promptly.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
  });
  try {
    // verifyConnectivity passes for a database that does not exist; a query on it does not.
    const probe = async () => {
      await driver.verifyConnectivity({ database: cfg.database });
      await driver.executeQuery('RETURN 1', {}, { database: cfg.database });
    };
    await withRetries(probe, retry, cfg);
    return driver;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/**
 * Calls `attempt` until it succeeds, or throws StoreUnavailableError: at once for what retrying
 * cannot cure (wrong credentials, an unknown database), after the last attempt otherwise.
 */
export async function withRetries(
  attempt: () => Promise<unknown>,
  retry: RetryPolicy,
  cfg: Pick<Neo4jConfig, 'uri' | 'user' | 'database'>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  const where = `Neo4j at ${safeUri(cfg.uri)}`;
  for (let i = 1; ; i++) {
    try {
      await attempt();
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const fail = (message: string) => new StoreUnavailableError(message, { cause: error });
      if (isUnauthorized(error)) {
        throw fail(
          `${where} refused the credentials of user "${cfg.user}" (check NEO4J_USER and NEO4J_PASSWORD): ${reason}`,
        );
      }
      if (isDatabaseNotFound(error)) {
        throw fail(
          `${where} has no database "${cfg.database}" (check NEO4J_DATABASE; leave it unset for the server's home database): ${reason}`,
        );
      }
      if (!isUnavailable(error)) throw fail(`${where} cannot be used: ${reason}`);
      if (i >= retry.attempts) {
        throw fail(`cannot reach ${where} after ${retry.attempts} attempt(s): ${reason}`);
      }
      await sleep(retry.firstDelayMs * 2 ** (i - 1));
    }
  }
}
