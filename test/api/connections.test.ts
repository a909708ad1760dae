// Connection limits of the real server: a client that sends its headers too slowly gets 408 and
// loses the connection within the headers timeout (plus Node's one-second check), idle keep-alive
// connections close, and connections past the cap are refused.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
let server: RunningServer;
let port: number;

beforeAll(async () => {
  server = await startServer({
    ...loadConfig({}),
    dataDir: await makeDir(),
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    limits: {
      headersTimeoutMs: 1_000,
      requestTimeoutMs: 2_000,
      keepAliveTimeoutMs: 500,
      maxConnections: 3,
    },
  });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

/** Opens a socket; resolves with what the server sent and how long until it closed. */
function watch(socket: Socket): Promise<{ text: string; ms: number }> {
  const started = Date.now();
  let text = '';
  socket.on('data', (d) => (text += d.toString()));
  return new Promise((resolve) => {
    socket.on('close', () => resolve({ text, ms: Date.now() - started }));
    socket.on('error', () => undefined);
  });
}

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
}

describe('slow and idle clients', () => {
  it('a client trickling its headers gets 408 within the headers timeout', async () => {
    const socket = await open();
    const closed = watch(socket);
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    const trickle = setInterval(() => socket.write('X-Slow: 1\r\n'), 200);
    const { text, ms } = await closed;
    clearInterval(trickle);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(3_000);
  });

  it('an idle keep-alive connection is closed after the keep-alive timeout', async () => {
    const socket = await open();
    const closed = watch(socket);
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    const { text, ms } = await closed;
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeLessThan(2_500);
  });

  it('connections past the cap are closed at once, and the server still answers after', async () => {
    const held = await Promise.all([open(), open(), open()]);
    // Let the server accept the three before the fourth arrives.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const extra = await open();
    const { text, ms } = await watch(extra);
    expect(text).toBe('');
    expect(ms).toBeLessThan(1_000);
    for (const s of held) s.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
  });
});
