// Hostile and malformed requests over the real server: undecodable path segments, huge names and
// values, impossible dates, other methods on static paths. Each answers a 4xx in the one error
// shape, names what is wrong without echoing it in full, and never logs a stack trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphQuery } from '../../src/api/params.js';
import { tempDirs } from '../fixtures/store.js';
import { startSeeded, type Api } from './harness.js';

const makeDir = tempDirs();
let api: Api;

beforeAll(async () => {
  api = await startSeeded(await makeDir());
});
afterAll(() => api.close());

const UNDECODABLE = ['%ff%fe', '%zz', '%', '%e0%80%af', '%ed%a0%80', 'ok%c3'];
const WHERE = [
  (s: string) => `/api/actors/${s}`,
  (s: string) => `/api/actors/${s}/neighbourhood`,
  (s: string) => `/api/sources/${s}`,
  (s: string) => `/${s}`,
  (s: string) => `/assets/${s}.js`,
];

describe('path segments that are not valid percent-encoding', () => {
  const cases = WHERE.flatMap((where) => UNDECODABLE.map((s) => where(s)));
  it.each(cases)('%s → 400 naming the segment', async (url) => {
    const r = await api.get(url);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ status: 400, code: 'bad_request', field: 'path' });
    expect(r.json.error.message).toMatch(/path segment ".*%.*" is not valid percent-encoding/);
  });
});

describe('echoed names and values', () => {
  const huge = 'a'.repeat(10_000);
  it.each([
    [`/api/graph?${huge}=1`, 'an unknown parameter name'],
    [`/api/graph?types=${huge}`, 'an unknown type'],
    [`/api/actors/${huge.slice(0, 150)}`, 'an unknown actor'],
    [`/api/nowhere/${huge}`, 'an unknown route'],
  ])('%# cut to a short prefix (%s)', async (url) => {
    const r = await api.get(url);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.text.length).toBeLessThan(600);
    expect(r.text).toMatch(/a… \(\d+ characters\)/);
  });
});

describe('dates in the window', () => {
  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '0000', '0000-01', '0000-01-01'])(
    'from=%s → 400 not a date in the calendar',
    async (d) => {
      const r = await api.get(`/api/graph?from=${d}`);
      expect(r.status).toBe(400);
      expect(r.json.error).toMatchObject({ field: 'from' });
      expect(r.json.error.message).toMatch(/calendar/);
    },
  );

  it('the pattern the document publishes accepts exactly the days of the calendar', () => {
    for (const year of [1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999]) {
      const y = String(year).padStart(4, '0');
      for (let month = 1; month <= 12; month += 1) {
        const m = String(month).padStart(2, '0');
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (let day = 1; day <= 31; day += 1) {
          const d = `${y}-${m}-${String(day).padStart(2, '0')}`;
          expect(graphQuery.safeParse({ from: d }).success, d).toBe(day <= days);
        }
      }
    }
  });

  it('accepts real dates, 29 February of a leap year among them', async () => {
    expect((await api.get('/api/graph?from=2024-02-29&to=2024-12')).status).toBe(200);
    expect((await api.get('/api/graph?from=0001&to=9999-12-31')).status).toBe(200);
  });
});

describe('methods on static paths', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
    '%s / and /index.html → 405 with Allow',
    async (m) => {
      for (const url of ['/', '/index.html', '/some/page']) {
        const r = await api.get(url, { method: m });
        expect(r.status).toBe(405);
        expect(r.headers.get('allow')).toBe('GET, HEAD');
        expect(r.json.error.code).toBe('method_not_allowed');
      }
    },
  );

  it('OPTIONS → 204 with Allow', async () => {
    const r = await api.get('/', { method: 'OPTIONS' });
    expect(r.status).toBe(204);
    expect(r.headers.get('allow')).toBe('GET, HEAD');
  });

  it('GET still serves pages and 404s missing files', async () => {
    expect((await api.get('/')).status).toBe(200);
    expect((await api.get('/missing.js')).status).toBe(404);
  });
});
