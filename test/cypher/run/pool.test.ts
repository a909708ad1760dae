// The embedded backend's worker pool with real worker threads: answers come from the data of
// the current revision, a query past its time is stopped and its worker replaced, a worker out
// of heap or gone is replaced, and the main thread keeps running meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { CypherError } from '../../../src/cypher/errors.js';
import { WorkerPool, type PoolOptions } from '../../../src/cypher/run/embedded/pool.js';

const TS_WORKER = new URL('./fixtures/test-worker.ts', import.meta.url);
const JS_WORKER = new URL('./fixtures/plain-worker.mjs', import.meta.url);

let pools: WorkerPool[] = [];
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

function pool(options: Partial<PoolOptions> & { store?: { revision: string; data: unknown } }) {
  const store = options.store ?? { revision: 'r1', data: ['a'] };
  let exports = 0;
  const p = new WorkerPool({
    workerUrl: TS_WORKER,
    size: 2,
    revision: async () => store.revision,
    data: async () => {
      exports++;
      return store.data;
    },
    ...options,
  });
  pools.push(p);
  return { pool: p, store, exports: () => exports };
}

async function failure(promise: Promise<unknown>): Promise<CypherError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CypherError);
  return error as CypherError;
}

describe('WorkerPool', () => {
  it('answers from the data of the current revision, exported once per revision', async () => {
    const { pool: p, store, exports } = pool({});
    expect(await p.run({ do: 'echo', tag: 'one' }, 5_000)).toEqual({ data: ['a'], tag: 'one' });
    expect(await p.run({ do: 'echo' }, 5_000)).toEqual({ data: ['a'] });
    expect(exports()).toBe(1);
    store.revision = 'r2';
    store.data = ['b'];
    expect(await p.run({ do: 'echo' }, 5_000)).toEqual({ data: ['b'] });
    expect(exports()).toBe(2);
  });

  it('runs a plain JavaScript worker (the built app) without a loader', async () => {
    const { pool: p } = pool({ workerUrl: JS_WORKER });
    expect(await p.run({}, 5_000)).toEqual({ data: ['a'], plain: true });
  });

  it('stops a query past its time, keeps the main thread free, and answers with a new worker', async () => {
    const { pool: p } = pool({ size: 1 });
    await p.run({ do: 'echo' }, 5_000); // the worker is up
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = Date.now();
    const error = await failure(p.run({ do: 'spin' }, 600));
    clearInterval(ticker);
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
    // The spinning worker did not hold the main thread: the ticker kept ticking.
    expect(ticks).toBeGreaterThan(10);
    // One slot only: this answer can only come from the replacement worker.
    expect(await p.run({ do: 'echo', tag: 'after' }, 5_000)).toEqual({ data: ['a'], tag: 'after' });
  });

  it('a queued query behind a spinning one still gets its answer once the spinner is stopped', async () => {
    const { pool: p } = pool({ size: 1 });
    const spin = failure(p.run({ do: 'spin' }, 500));
    const queued = p.run({ do: 'echo', tag: 'queued' }, 5_000);
    expect((await spin).code).toBe('timeout');
    expect(await queued).toEqual({ data: ['a'], tag: 'queued' });
  });

  it('carries a CypherError from the worker with its code and position', async () => {
    const { pool: p } = pool({});
    const error = await failure(p.run({ do: 'fail' }, 5_000));
    expect(error.code).toBe('semantic');
    expect(error.message).toBe('no such thing');
    expect(error.position).toEqual({ offset: 7, line: 1, column: 8 });
  });

  it('a worker out of heap fails its query with limit and is replaced', async () => {
    const { pool: p } = pool({ size: 1, workerHeapMb: 48 });
    const error = await failure(p.run({ do: 'hog' }, 15_000));
    expect(error.code).toBe('limit');
    expect(await p.run({ do: 'echo', tag: 'alive' }, 5_000)).toEqual({ data: ['a'], tag: 'alive' });
  });

  it('a worker that exits fails its query and is replaced', async () => {
    const { pool: p } = pool({ size: 1 });
    await expect(p.run({ do: 'exit' }, 5_000)).rejects.toThrow(/stopped unexpectedly/);
    expect(await p.run({ do: 'echo' }, 5_000)).toEqual({ data: ['a'] });
  });
});
