// Serves the API for tests: the real server (startServer) over a temporary data directory that
// it seeds from seed/, or createApp over a store a test supplies. Each returns close().
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from '../../src/api/app.js';
import { startServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { GraphStore } from '../../src/store/types.js';

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any field
}

export interface Api {
  base: string;
  get(path: string, init?: RequestInit): Promise<Reply>;
  /** POST with a JSON body. */
  post(path: string, body: unknown): Promise<Reply>;
  close(): Promise<void>;
}

function client(base: string, close: () => Promise<void>): Api {
  return {
    base,
    close,
    async get(path, init) {
      const res = await fetch(base + path, init);
      const text = await res.text();
      const json = res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
      return { status: res.status, headers: res.headers, text, json };
    },
    post(path, body) {
      return this.get(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    },
  };
}

/** The real server on a free port over `dataDir`, seeded from seed/ when empty. */
export async function startSeeded(dataDir: string): Promise<Api> {
  const server = await startServer({
    ...loadConfig({}),
    dataDir,
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
  });
  return client(server.url, server.close);
}

/** createApp over the given store on a free port. */
export async function serveApp(store: GraphStore, options: AppOptions = {}): Promise<Api> {
  const app = createApp(store, { logger: createLogger('silent'), ...options });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return client(`http://127.0.0.1:${port}`, async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
}
