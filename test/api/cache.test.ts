// Cached read routes: answers are reused per store revision, tagged with it as an ETag, revalidated
// with If-None-Match, and never served stale after a load.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_OVERHEAD_BYTES, ResponseCache } from '../../src/api/response-cache.js';
import type { GraphStore } from '../../src/store/types.js';
import { fixtureAddition } from '../fixtures/dataset.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';
import { serveApp, type Api } from './harness.js';

/** Bytes an entry of `body` under `key` is counted at. */
// Lets the memory test collect garbage before it measures.
setFlagsFromString('--expose-gc');

const cost = (key: string, body: string) =>
  Buffer.byteLength(body) + 2 * key.length + ENTRY_OVERHEAD_BYTES;

describe('ResponseCache', () => {
  it('returns a body only for the revision it was stored under', () => {
    const cache = new ResponseCache(10_000);
    cache.set('/a', 'r1', 'body');
    expect(cache.get('/a', 'r1')?.toString()).toBe('body');
    expect(cache.get('/a', 'r2')).toBeUndefined();
    expect(cache.get('/b', 'r1')).toBeUndefined();
  });

  it('drops the least recently used bodies once over its byte budget', () => {
    const cache = new ResponseCache(5 * cost('/a', 'a'.repeat(20)) + 10);
    cache.set('/a', 'r', 'a'.repeat(20));
    cache.set('/b', 'r', 'b'.repeat(20));
    cache.get('/a', 'r'); // /a is now more recent than /b
    // Six entries are over the budget of five: the least recently used one, /b, must go.
    for (const key of ['/c', '/d', '/e', '/f']) cache.set(key, 'r', 'x'.repeat(20));
    expect(cache.get('/b', 'r')).toBeUndefined();
    expect(cache.get('/a', 'r')?.toString()).toBe('a'.repeat(20));
    expect(cache.size).toBe(5);
  });

  it('counts bodies in UTF-8 bytes, not characters', () => {
    const body = '–'.repeat(100); // three bytes each in UTF-8, two in a V8 string
    const cache = new ResponseCache(4 * cost('/a', body));
    cache.set('/a', 'r', body);
    expect(cache.usedBytes).toBe(cost('/a', body));
    expect(cache.get('/a', 'r')?.toString()).toBe(body);
  });

  it('does not keep a body larger than a quarter of its budget, nor anything at budget 0', () => {
    const cache = new ResponseCache(4000);
    cache.set('/big', 'r', 'x'.repeat(1001));
    expect(cache.get('/big', 'r')).toBeUndefined();
    const off = new ResponseCache(0);
    off.set('/a', 'r', 'a');
    expect(off.get('/a', 'r')).toBeUndefined();
  });

  it('holds no more memory than its budget when full of two-byte answers', async () => {
    const gc = runInNewContext('gc') as () => void;
    const budget = 16 * 1024 * 1024;
    // Freed Buffers return their memory a tick after the collection that finds them.
    const held = async () => {
      for (let i = 0; i < 2; i += 1) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const before = await held();
    const cache = new ResponseCache(budget);
    // Answers like the seed's: JSON with an en dash, so V8 would hold them at two bytes a character.
    for (let i = 0; i < 40_000; i += 1) {
      const text = JSON.stringify({
        i,
        summary: `Pakistan–Afghanistan ${'x'.repeat(400 + (i % 600))}`,
      });
      cache.set(`/api/paths?from=a${i}&to=b${i}`, 'r', text);
    }
    const growth = (await held()) - before;
    expect(cache.usedBytes).toBeLessThanOrEqual(budget);
    expect(cache.size).toBeGreaterThan(10_000); // it is full, not empty
    // The count covers what is really held: the cache's growth stays within its budget.
    expect(growth).toBeLessThan(budget * 1.05);
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

  it('answers an error URL with its error, untagged, even when sent the current ETag', async () => {
    const good = await api.get('/api/paths?from=ttp&to=pakistan');
    const etag = good.headers.get('etag')!;
    const missing = await api.get('/api/paths?from=ttp&to=nobody-at-all', {
      headers: { 'If-None-Match': etag },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    const unknownActor = await api.get('/api/actors/nobody-at-all', {
      headers: { 'If-None-Match': etag },
    });
    expect(unknownActor.status).toBe(404);
    expect(unknownActor.headers.get('etag')).toBeNull();
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
