// The request log: one line per request with its id, method, URL, status and time, at a level
// set by the status, the cause of a 500 in that same line (never in the response), and an error
// that comes after the answer was sent in a line of its own.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphStore } from '../../src/store/types.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';
import { serveApp, type Api } from './harness.js';

const makeDir = tempDirs();

interface Line {
  level: number;
  msg: string;
  req: { id: string; method: string; url: string };
  res: { statusCode: number };
  responseTime: number;
  err?: { message: string; stack: string };
}

describe('request log', () => {
  let api: Api;
  const lines: Line[] = [];
  beforeAll(async () => {
    const real = await openFixtureStore(makeDir);
    const broken = Object.create(real) as GraphStore;
    broken.listSources = () => Promise.reject(new Error('disk exploded'));
    // Fails only after the request timeout (1 s here) has answered for it.
    broken.getSource = () =>
      new Promise((_resolve, reject) => setTimeout(() => reject(new Error('too late')), 1_200));
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const text of chunk.toString().split('\n')) if (text) lines.push(JSON.parse(text));
        done();
      },
    });
    api = await serveApp(broken, {
      logger: pino({ level: 'info' }, sink),
      requestTimeoutMs: 1_000,
    });
  });
  afterAll(() => api.close());

  /** The completion line of the request whose X-Request-Id was `id` (written on finish). */
  const lineFor = (id: string): Promise<Line> =>
    vi.waitFor(() => {
      const found = lines.filter((l) => l.req?.id === id && l.msg.startsWith('request '));
      expect(found).toHaveLength(1);
      return found[0] as Line;
    });

  it('logs an answered request once, at info, with its id, method, full URL and status', async () => {
    const r = await api.get('/api/actors?q=ttp', { headers: { 'x-request-id': 'log-ok' } });
    expect(r.status).toBe(200);
    const line = await lineFor('log-ok');
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { id: 'log-ok', method: 'GET', url: '/api/actors?q=ttp' },
      res: { statusCode: 200 },
    });
    expect(line.responseTime).toBeGreaterThanOrEqual(0);
    expect(Object.keys(line.req).sort()).toEqual(['id', 'method', 'url']); // no headers
    expect(line.err).toBeUndefined();
  });

  it('logs a client error at warn and a made-up id under the id it answered with', async () => {
    const r = await api.get('/api/actors/nobody');
    expect(r.status).toBe(404);
    const line = await lineFor(r.headers.get('x-request-id') as string);
    expect(line).toMatchObject({ level: 40, res: { statusCode: 404 } });
  });

  it('logs a server error at error with its cause, which the response does not carry', async () => {
    const r = await api.get('/api/sources', { headers: { 'x-request-id': 'log-500' } });
    expect(r.status).toBe(500);
    expect(r.text).not.toMatch(/exploded/);
    const line = await lineFor('log-500');
    expect(line).toMatchObject({ level: 50, msg: 'request errored', res: { statusCode: 500 } });
    expect(line.err?.message).toBe('disk exploded');
    expect(line.err?.stack).toMatch(/Error: disk exploded/);
  });

  it('logs an error that comes after the timeout answered, with the request it belongs to', async () => {
    const r = await api.get('/api/sources/any', { headers: { 'x-request-id': 'log-late' } });
    expect(r.status).toBe(503);
    expect(await lineFor('log-late')).toMatchObject({ level: 50, res: { statusCode: 503 } });
    const late = await vi.waitFor(
      () => {
        const line = lines.find((l) => l.msg === 'error after the response was sent');
        expect(line).toBeDefined();
        return line;
      },
      { timeout: 2_000 },
    );
    expect(late).toMatchObject({
      level: 40,
      req: { id: 'log-late', method: 'GET', url: '/api/sources/any' },
      err: { message: 'too late' },
    });
  });
});
