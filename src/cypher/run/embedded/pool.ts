// A pool of worker threads that run queries off the main thread, so a long query never blocks
// the server. Past its time limit a query's worker is terminated (really stopped, mid-loop) and
// replaced; a worker that runs out of its heap is replaced too. Each worker holds the graph of
// one store revision and is sent the new one when the revision changes.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { CypherError } from '../../errors.js';
import { timeoutError } from '../backend.js';
import type { FromWorker, ToWorker, WorkerError } from './protocol.js';

export interface PoolOptions {
  /** The worker's module: a .js file, or a .ts file run through tsx (tests, `npm run cli`). */
  workerUrl: URL;
  size: number;
  /** The store's current revision, asked before every query. */
  revision(): Promise<string>;
  /** What the workers build their graph from, at the current revision. */
  data(): Promise<unknown>;
  /** Heap bound of each worker: a query that needs more fails with 'limit', the server lives. */
  workerHeapMb?: number;
}

interface Job {
  request: unknown;
  revision: string;
  timeoutMs: number;
  queuedAt: number;
  timer?: NodeJS.Timeout;
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  revision?: string;
  job?: Job & { id: number };
  /** Called when the worker has built the graph it was last sent. */
  onLoaded?: () => void;
}

/** A .ts worker needs tsx's loader; under tsx or vitest the main thread has one, a worker not. */
function spawn(url: URL, resourceLimits: ResourceLimits): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { resourceLimits });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

function asError(error: WorkerError): Error {
  return error.code
    ? new CypherError(error.code, error.message, error.position)
    : new Error(error.message);
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private cached?: { revision: string; data: Promise<unknown> };
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /**
   * Runs `request` in a worker holding the current revision; rejects once it has run
   * `timeoutMs` (the clock starts when a worker holding the graph takes it), or when it waited
   * that long for a free worker.
   */
  async run(request: unknown, timeoutMs: number): Promise<unknown> {
    if (this.closed) throw new Error('the Cypher worker pool is closed');
    const revision = await this.options.revision();
    return new Promise((resolve, reject) => {
      const job: Job = { request, revision, timeoutMs, queuedAt: Date.now(), resolve, reject };
      const settle =
        <A>(f: (a: A) => void) =>
        (a: A) => {
          clearTimeout(job.timer);
          f(a);
        };
      job.resolve = settle(resolve);
      job.reject = settle(reject);
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the Cypher worker pool closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private expire(job: Job): void {
    const slot = this.slots.find((s) => s.job === job);
    if (slot) this.replace(slot);
    job.reject(timeoutError(job.timeoutMs));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlot();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      if (Date.now() - job.queuedAt > job.timeoutMs) job.reject(timeoutError(job.timeoutMs));
      else void this.start(slot, job);
    }
  }

  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((s) => !s.job);
    if (idle || this.slots.length >= this.options.size) return idle;
    const slot = this.newSlot();
    this.slots.push(slot);
    return slot;
  }

  private async start(slot: Slot, job: Job): Promise<void> {
    const id = this.nextId++;
    // The job itself goes in the slot: expire() finds it there by identity.
    slot.job = Object.assign(job, { id });
    // A busy worker keeps the process alive (a CLI awaiting its answer); an idle one does not.
    slot.worker.ref();
    try {
      if (slot.revision !== job.revision) {
        const data = await this.dataAt(job.revision);
        if (slot.job !== job) return;
        const loaded = new Promise<void>((resolve) => (slot.onLoaded = resolve));
        this.post(slot, { type: 'load', revision: job.revision, data });
        slot.revision = job.revision;
        // Starting a worker and building its graph is not the query's time.
        await loaded;
        if (slot.job !== job) return;
      }
      job.timer = setTimeout(() => this.expire(job), job.timeoutMs);
      this.post(slot, { type: 'run', id, request: job.request });
    } catch (error) {
      this.finish(slot, () => job.reject(error));
    }
  }

  private dataAt(revision: string): Promise<unknown> {
    if (this.cached?.revision !== revision) {
      this.cached = { revision, data: this.options.data() };
      this.cached.data.catch(() => (this.cached = undefined));
    }
    return this.cached.data;
  }

  private post(slot: Slot, message: ToWorker): void {
    slot.worker.postMessage(message);
  }

  private newSlot(): Slot {
    const worker = spawn(this.options.workerUrl, {
      maxOldGenerationSizeMb: this.options.workerHeapMb ?? 1024,
    });
    const slot: Slot = { worker };
    worker.on('message', (message: FromWorker) => {
      const job = slot.job;
      if (message.type === 'loaded') slot.onLoaded?.();
      if (message.type === 'loaded' || !job || message.id !== job.id) return;
      if (message.type === 'done') this.finish(slot, () => job.resolve(message.result));
      else this.finish(slot, () => job.reject(asError(message.error)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const job = slot.job;
      this.replace(slot);
      if (!job) return;
      job.reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new CypherError(
              'limit',
              'The query needed more memory than a query may hold; narrow it down.',
            )
          : error,
      );
    });
    worker.on('exit', () => {
      // Only a worker the pool did not stop itself is still in a slot.
      const job = slot.job;
      if (!this.slots.includes(slot)) return;
      this.replace(slot);
      job?.reject(new Error('the Cypher worker stopped unexpectedly'));
    });
    // Idle workers do not keep a CLI process alive.
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, settle: () => void): void {
    slot.job = undefined;
    slot.worker.unref();
    settle();
    this.dispatch();
  }

  /** Terminates the slot's worker and puts a fresh one in its place. */
  private replace(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    slot.job = undefined;
    void slot.worker.terminate();
    this.slots.splice(at, 1);
    if (!this.closed) this.dispatch();
  }
}
