// Cached read routes: answers are reused per store revision, tagged with it as an ETag, revalidated
// with If-None-Match, and never served stale after a load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/api/response-cache.js';
import type { GraphStore } from '../../src/store/types.js';
import { fixtureAddition } from '../fixtures/dataset.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';
import { serveApp, type Api } from './harness.js';

describe('ResponseCache', () => {
  it('returns a body only for the revision it was stored under', () => {
    const cache = new ResponseCache(1000);
    cache.set('/a', 'r1', 'body');
    expect(cache.get('/a', 'r1')).toBe('body');
    expect(cache.get('/a', 'r2')).toBeUndefined();
    expect(cache.get('/b', 'r1')).toBeUndefined();
  });

  it('drops the least recently used bodies once over its byte budget', () => {
    const cache = new ResponseCache(100);
    cache.set('/a', 'r', 'a'.repeat(20));
    cache.set('/b', 'r', 'b'.repeat(20));
    cache.get('/a', 'r'); // /a is now more recent than /b
    // Six bodies of 20 are over 100: the least recently used one, /b, must go.
    for (const key of ['/c', '/d', '/e', '/f']) cache.set(key, 'r', 'x'.repeat(20));
    expect(cache.get('/b', 'r')).toBeUndefined();
    expect(cache.get('/a', 'r')).toBe('a'.repeat(20));
    expect(cache.size).toBe(5);
  });

  it('does not keep a body larger than a quarter of its budget, nor anything at budget 0', () => {
    const cache = new ResponseCache(100);
    cache.set('/big', 'r', 'x'.repeat(26));
    expect(cache.get('/big', 'r')).toBeUndefined();
    const off = new ResponseCache(0);
    off.set('/a', 'r', 'a');
    expect(off.get('/a', 'r')).toBeUndefined();
  });
});

describe('cached routes over HTTP', () => {
  const dirs = tempDirs();
  let store: GraphStore;
  let api: Api;

  beforeAll(async () => {
    store = await openFixtureStore(dirs);
    api = await serveApp(store);
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  it('tags answers with the store revision and answers 304 to a matching If-None-Match', async () => {
    const first = await api.get('/api/paths?from=ttp&to=pakistan');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toBe(`"${await store.revision()}"`);
    expect(first.headers.get('cache-control')).toBe('no-cache');

    const again = await api.get('/api/paths?from=ttp&to=pakistan');
    expect(again.text).toBe(first.text);

    const revalidated = await api.get('/api/paths?from=ttp&to=pakistan', {
      headers: { 'If-None-Match': etag! },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');

    const other = await api.get('/api/paths?from=ttp&to=pakistan', {
      headers: { 'If-None-Match': '"an-old-revision"' },
    });
    expect(other.status).toBe(200);
  });

  it('answers from the new data after a load, with a new ETag', async () => {
    const before = await api.get('/api/actors/china');
    expect(before.json.actor.description).not.toBe('China, changed.');
    await store.load(fixtureAddition(), 'merge');
    const after = await api.get('/api/actors/china', {
      headers: { 'If-None-Match': before.headers.get('etag')! },
    });
    expect(after.status).toBe(200);
    expect(after.json.actor.description).toBe('China, changed.');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });

  it('still validates parameters before looking anything up', async () => {
    const bad = await api.get('/api/paths?from=ttp&to=pakistan&maxHops=0');
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('maxHops');
  });

  it('leaves routes that are not cached untagged', async () => {
    const health = await api.get('/api/health');
    expect(health.headers.get('etag')).toBeNull();
  });
});
