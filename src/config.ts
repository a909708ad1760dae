// Runtime configuration from the environment, read in one place.
import path from 'node:path';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from './cypher/limits.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface Config {
  /** Directory of the embedded store's files (ACTORGRAPH_DATA, default ./data). */
  dataDir: string;
  /** Set when NEO4J_URI is: the store is then Neo4j, not the embedded one. */
  neo4j?: Neo4jConfig;
  port: number;
  host: string;
  logLevel: string;
  /** Bytes of API answers kept per store revision (ACTORGRAPH_CACHE_MB, default 64; 0: off). */
  cacheBytes: number;
  /** How long slow or idle clients may hold a connection, and how many may be open at once. */
  limits: ConnectionLimits;
  /** Bounds of a Cypher query (ACTORGRAPH_CYPHER_TIMEOUT_MS, _MAX_ROWS, ... see CYPHER_LIMIT_ENV). */
  cypherLimits: CypherLimits;
}

export interface ConnectionLimits {
  /** Longest wait for a request's headers (ACTORGRAPH_HEADERS_TIMEOUT_MS, default 5,000). */
  headersTimeoutMs: number;
  /** Longest wait for a whole request, body included (ACTORGRAPH_REQUEST_TIMEOUT_MS, default 15,000). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open (ACTORGRAPH_KEEPALIVE_TIMEOUT_MS, default 5,000). */
  keepAliveTimeoutMs: number;
  /** Most open connections; more are refused (ACTORGRAPH_MAX_CONNECTIONS, default 1,024). */
  maxConnections: number;
}

/** The environment variable that sets each Cypher limit. */
export const CYPHER_LIMIT_ENV: Record<keyof CypherLimits, string> = {
  timeoutMs: 'ACTORGRAPH_CYPHER_TIMEOUT_MS',
  maxRows: 'ACTORGRAPH_CYPHER_MAX_ROWS',
  maxQueryBytes: 'ACTORGRAPH_CYPHER_MAX_QUERY_BYTES',
  maxRowsInFlight: 'ACTORGRAPH_CYPHER_MAX_ROWS_IN_FLIGHT',
  maxListSize: 'ACTORGRAPH_CYPHER_MAX_LIST_SIZE',
  maxExpansions: 'ACTORGRAPH_CYPHER_MAX_EXPANSIONS',
  maxNesting: 'ACTORGRAPH_CYPHER_MAX_NESTING',
};

function cypherLimits(env: NodeJS.ProcessEnv): CypherLimits {
  const entries = Object.entries(CYPHER_LIMIT_ENV) as Array<[keyof CypherLimits, string]>;
  return Object.fromEntries(
    entries.map(([key, name]) => [
      key,
      numberFrom(env, name, DEFAULT_CYPHER_LIMITS[key], Number.MAX_SAFE_INTEGER, 1),
    ]),
  ) as unknown as CypherLimits;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  return {
    dataDir: path.resolve(env.ACTORGRAPH_DATA ?? 'data'),
    neo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE || undefined,
        }
      : undefined,
    port: numberFrom(env, 'PORT', 3000, 65535),
    host: env.HOST ?? '127.0.0.1',
    logLevel: env.LOG_LEVEL ?? 'info',
    cacheBytes: numberFrom(env, 'ACTORGRAPH_CACHE_MB', 64, 1024 * 1024) * 1024 * 1024,
    limits: {
      headersTimeoutMs: numberFrom(env, 'ACTORGRAPH_HEADERS_TIMEOUT_MS', 5_000, DAY_MS, 1),
      requestTimeoutMs: numberFrom(env, 'ACTORGRAPH_REQUEST_TIMEOUT_MS', 15_000, DAY_MS, 1),
      keepAliveTimeoutMs: numberFrom(env, 'ACTORGRAPH_KEEPALIVE_TIMEOUT_MS', 5_000, DAY_MS),
      maxConnections: numberFrom(env, 'ACTORGRAPH_MAX_CONNECTIONS', 1024, 1_000_000, 1),
    },
    cypherLimits: cypherLimits(env),
  };
}

const DAY_MS = 86_400_000;

/** A whole number from `min` to `max` from the environment, or an error naming the variable. */
function numberFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  max: number,
  min = 0,
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) {
    const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${shown}"`);
  }
  return value;
}
