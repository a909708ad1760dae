// The bad-input suite, for what schemathesis (.ci/api-fuzz) does not try: raw malformed request
// lines, huge headers, half-open clients, and every route with every parameter given hostile
// values. Nothing may answer 5xx, the server must keep answering, and the stored graph must not
// change.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/api/routes/index.js';
import { z } from 'zod';
import { tempDirs } from '../fixtures/store.js';
import { startSeeded, type Api } from './harness.js';

const makeDir = tempDirs();
let api: Api;
let port: number;
let before: string;

beforeAll(async () => {
  api = await startSeeded(await makeDir());
  port = Number(new URL(api.base).port);
  before = (await api.get('/api/export?format=json')).text;
});
afterAll(async () => {
  // Whatever was sent, the stored graph is what it was.
  expect((await api.get('/api/export?format=json')).text).toBe(before);
  await api.close();
});

/** Sends raw bytes; resolves with the status line the server answered (or '' if it closed). */
function raw(bytes: string | Buffer, { end = true } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(bytes);
      if (end) socket.end(); // half-close: the client sends nothing more but still reads
    });
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
    socket.setTimeout(8_000, () => socket.destroy());
  });
}

const status = (line: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(line)?.[1] ?? 0);

describe('raw request lines and headers', () => {
  it.each([
    ['garbage', 'GARBAGE\r\n\r\n'],
    ['no path', 'GET  HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['unknown version', 'GET /api/health HTTP/9.9\r\nHost: x\r\n\r\n'],
    ['control bytes in the path', 'GET /api/actors/\x01\x02 HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a space in the path', 'GET /api/actors/a b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a lone LF', 'GET /api/health HTTP/1.1\nHost: x\n\n'],
    ['a bad header line', 'GET /api/health HTTP/1.1\r\nHost x\r\n\r\n'],
    [
      'a 30 KB header',
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(30_000)}\r\n\r\n`,
    ],
    ['a 30 KB URL', `GET /api/actors?q=${'a'.repeat(30_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
    [
      'a body on GET with a wrong length',
      'GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 99\r\n\r\nab',
    ],
    [
      'two Content-Lengths',
      'GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
    ],
    ['binary bytes', Buffer.from([0, 255, 1, 254, 13, 10, 13, 10])],
  ])('%s: a 4xx or a closed connection, never a 5xx', async (_name, bytes) => {
    const line = await raw(bytes);
    const code = status(line);
    expect(code === 0 || (code >= 400 && code < 500) || code === 200, line).toBe(true);
  });

  it('a half-open client that sent half a request does not stop others being served', async () => {
    const pending = raw('GET /api/health HTTP/1.1\r\nHo', { end: true });
    expect((await api.get('/api/health')).status).toBe(200);
    const line = await pending;
    expect(status(line) === 0 || status(line) === 400, line).toBe(true);
  });
});

/** Hostile values for any parameter: empty, NUL, huge, undecodable, repeated, odd Unicode. */
const HOSTILE = [
  '',
  '%00',
  'a'.repeat(5_000),
  '%ff',
  '%',
  '-1',
  '1e999',
  'true',
  '%F0%9F%92%A5',
  '..%2F..%2Fetc%2Fpasswd',
  '%3Cscript%3E',
  '%ED%A0%80',
];

/** Each route's parameters, read from its schemas, with a valid value to keep the others. */
const VALID: Record<string, string> = { id: 'ttp', q: 'ttp', from: 'ttp', to: 'pakistan' };

function cases(): Array<[string]> {
  const out: Array<[string]> = [];
  for (const route of ROUTES) {
    const params = route.params instanceof z.ZodObject ? Object.keys(route.params.shape) : [];
    const query = route.query instanceof z.ZodObject ? Object.keys(route.query.shape) : [];
    const fill = (p: string, value?: string) =>
      '/api' +
      route.path.replace(/:(\w+)/g, (_, name: string) =>
        name === p ? value! : (VALID[name] ?? 'x'),
      );
    const required = query.filter((q) => q in VALID && route.path !== '/graph');
    const base = (skip?: string) =>
      required.filter((q) => q !== skip).map((q) => `${q}=${VALID[q]}`);
    for (const value of HOSTILE) {
      for (const p of params) if (value !== '') out.push([fill(p, value)]);
      for (const q of query) {
        out.push([`${fill('')}?${[...base(q), `${q}=${value}`].join('&')}`]);
        out.push([`${fill('')}?${[...base(q), `${q}=${value}`, `${q}=${value}`].join('&')}`]);
      }
    }
  }
  return out;
}

describe('every route and parameter with hostile values', () => {
  it.each(cases())('%s', async (url) => {
    const r = await api.get(url);
    expect(r.status, r.text.slice(0, 200)).toBeLessThan(500);
    if (r.status >= 400) {
      expect(r.json?.error?.status).toBe(r.status);
      expect(r.text.length).toBeLessThan(1_000);
    }
  });
});
