// startServer: opens the configured store, seeds it when empty, serves the app and shuts down
// gracefully on SIGINT/SIGTERM (requests in flight finish, then the store closes).
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { createCypherRunner } from '../cypher/run/runner.js';
import { createLogger } from '../log.js';
import { seedIfEmpty } from '../seed/index.js';
import { openStore } from '../store/open.js';
import { createApp } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** How long connections in flight may take to finish once shutdown starts. */
const SHUTDOWN_GRACE_MS = 10_000;

function urlOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const store = await openStore(config, logger);
  const { limits } = config;
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the two timeouts above only this often (30 s by default): a slow client could
    // hold its connection for up to a check interval past them.
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
  });
  // Past the cap, new connections are closed at once rather than queued.
  server.maxConnections = limits.maxConnections;
  const cypher = createCypherRunner(store, config);
  try {
    const seeded = await seedIfEmpty(store);
    if (seeded) logger.info(seeded, 'seeded the empty store from the bundled seed graph');
    server.on('request', createApp(store, { logger, cacheBytes: config.cacheBytes, cypher }));
    server.listen(config.port, config.host);
    await once(server, 'listening');
  } catch (err) {
    await cypher.close();
    await store.close();
    throw err;
  }
  const url = urlOf(config.host, (server.address() as AddressInfo).port);
  logger.info({ url, store: store.kind }, 'listening');
  // A failed warm-up costs nothing but the wait: the first query that needs it reads it again.
  store.warmUp().catch((err: unknown) => logger.warn({ err }, 'could not read ahead the store'));

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      const closed = new Promise<void>((resolve, reject) =>
        server.close((err) => (err ? reject(err) : resolve())),
      );
      server.closeIdleConnections();
      try {
        await closed;
      } finally {
        clearTimeout(force);
        await cypher.close();
        await store.close();
      }
      logger.info('closed');
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    close().catch((err: unknown) => {
      logger.error({ err }, 'shutdown failed');
      process.exitCode = 1;
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { url, close };
}
