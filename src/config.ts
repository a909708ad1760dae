// Runtime configuration from the environment, read in one place.
import path from 'node:path';

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
    port: numberFrom(env, 'PORT', 3000),
    host: env.HOST ?? '127.0.0.1',
    logLevel: env.LOG_LEVEL ?? 'info',
    cacheBytes: numberFrom(env, 'ACTORGRAPH_CACHE_MB', 64) * 1024 * 1024,
  };
}

/** A whole, non-negative number from the environment, or an error naming the variable. */
function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of 0 or more, got "${raw}"`);
  }
  return value;
}
