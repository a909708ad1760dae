// Operations: store outages answer 503 and heal by themselves, unexpected errors stay generic,
// slow requests time out, security headers, request ids, the body limit and the web fallback.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/domain/errors.js';
import type { GraphStore } from '../../src/store/types.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';
import { serveApp, type Api } from './harness.js';

const makeDir = tempDirs();

/**
 * The real store behind a switch: while `fail` holds an error factory, every call throws it,
 * as a store does whose backend is down or broken.
 */
function switchable(real: GraphStore): { store: GraphStore; fail(make?: () => Error): void } {
  let failure: (() => Error) | undefined;
  const store = new Proxy(real, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'close') return value;
      return (...args: unknown[]) => {
        if (failure) return Promise.reject(failure());
        return value.apply(target, args);
      };
    },
  });
  return { store, fail: (make) => (failure = make) };
}

describe('store outages and failures', () => {
  let api: Api;
  let fail: (make?: () => Error) => void;
  beforeAll(async () => {
    const s = switchable(await openFixtureStore(makeDir));
    fail = s.fail;
    api = await serveApp(s.store);
  });
  afterAll(() => api.close());

  it('answers 503 store_unavailable while the store is down and recovers when it is back', async () => {
    expect((await api.get('/api/health')).status).toBe(200);
    fail(() => new StoreUnavailableError('connection refused'));
    for (const route of ['/api/health', '/api/graph', '/api/actors?q=ttp', '/api/sources']) {
      const r = await api.get(route);
      expect(r.status, route).toBe(503);
      expect(r.json.error.code).toBe('store_unavailable');
      expect(r.json.error.message).toMatch(/unavailable/);
    }
    fail(undefined);
    const back = await api.get('/api/health');
    expect(back.status).toBe(200);
    expect(back.json.status).toBe('ok');
    expect((await api.get('/api/graph')).json.nodes.length).toBeGreaterThan(0);
  });

  it('answers an unexpected error with a generic 500 that leaks no detail', async () => {
    fail(() => new Error('disk /secret/path exploded'));
    const r = await api.get('/api/graph');
    fail(undefined);
    expect(r.status).toBe(500);
    expect(r.json.error).toEqual({
      status: 500,
      code: 'internal_error',
      message: 'Internal server error.',
    });
    expect(r.text).not.toMatch(/secret|exploded|at .*\.ts/);
  });
});

describe('request timeout', () => {
  let api: Api;
  beforeAll(async () => {
    const real = await openFixtureStore(makeDir);
    const hanging = Object.create(real) as GraphStore;
    hanging.getGraph = () => new Promise(() => {});
    api = await serveApp(hanging, { requestTimeoutMs: 50 });
  });
  afterAll(() => api.close());

  it('answers 503 timeout when the store does not answer, and keeps serving', async () => {
    const r = await api.get('/api/graph');
    expect(r.status).toBe(503);
    expect(r.json.error.code).toBe('timeout');
    expect((await api.get('/api/vocabulary')).status).toBe(200);
  });
});

describe('headers and request ids', () => {
  let api: Api;
  beforeAll(async () => {
    api = await serveApp(await openFixtureStore(makeDir));
  });
  afterAll(() => api.close());

  it('sends the security headers and the CSP the web explorer needs', async () => {
    const r = await api.get('/api/health');
    const csp = (r.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim());
    expect(csp).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self'",
        "img-src 'self' data: blob:",
        "style-src 'self' 'unsafe-inline'",
        "connect-src 'self'",
      ]),
    );
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  it('echoes an incoming X-Request-Id and makes one up otherwise', async () => {
    const given = await api.get('/api/health', { headers: { 'x-request-id': 'trace-42.a' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42.a');
    const made = await api.get('/api/health');
    const other = await api.get('/api/health');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers.get('x-request-id')).not.toBe(other.headers.get('x-request-id'));
    const unsafe = await api.get('/api/health', { headers: { 'x-request-id': 'a b<script>' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads no request body: a large one sent with POST gets 405, not 413', async () => {
    const r = await api.get('/api/graph', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(1_000_000) }),
    });
    expect(r.status).toBe(405);
    expect(r.json.error.code).toBe('method_not_allowed');
  });
});

describe('the web explorer', () => {
  let built: Api;
  let missing: Api;
  beforeAll(async () => {
    const webDir = await makeDir();
    await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>explorer</title>');
    await mkdir(path.join(webDir, 'assets'));
    await writeFile(path.join(webDir, 'assets', 'app.js'), 'console.log(1);');
    const store = await openFixtureStore(makeDir);
    built = await serveApp(store, { webDir });
    missing = await serveApp(store, { webDir: path.join(webDir, 'nowhere') });
  });
  afterAll(async () => {
    await built.close();
    await missing.close();
  });

  it('serves files, and index.html for client-side routes', async () => {
    const asset = await built.get('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    for (const page of ['/', '/actor/ttp', '/paths']) {
      const r = await built.get(page);
      expect(r.status, page).toBe(200);
      expect(r.text).toContain('<title>explorer</title>');
    }
  });

  it('answers JSON 404s for missing files and unknown API routes, never index.html', async () => {
    for (const route of ['/assets/missing.js', '/api/nope', '/api/actors/ttp/friends']) {
      const r = await built.get(route);
      expect(r.status, route).toBe(404);
      expect(r.json.error.code).toBe('not_found');
    }
  });

  it('says to run npm run build when dist/web is missing', async () => {
    const r = await missing.get('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/html/);
    expect(r.text).toContain('npm run build');
  });
});
