// The embedded Cypher backend: the engine runs in a pool of worker threads, each holding the
// store's graph at one revision (sent to it as the exported dataset), so a long query never
// blocks the server and the time limit can stop it for real.
import type { GraphStore } from '../../../store/types.js';
import type { CypherLimits } from '../../limits.js';
import type { BackendResult, CypherBackend, JsonParams } from '../backend.js';
import { WorkerPool } from './pool.js';

/** What the engine's worker is asked to run. */
export interface EngineRequest {
  query: string;
  params: JsonParams;
  limits: CypherLimits;
}

/** Under tsx and vitest this module is TypeScript and so is the worker; built, both are .js. */
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
  import.meta.url,
);

export interface EmbeddedBackendOptions {
  workerUrl?: URL;
  /** Worker threads; two by default (one long query leaves another free). */
  workers?: number;
  workerHeapMb?: number;
}

export class EmbeddedCypherBackend implements CypherBackend {
  readonly kind = 'embedded' as const;
  private readonly pool: WorkerPool;

  constructor(store: GraphStore, options: EmbeddedBackendOptions = {}) {
    this.pool = new WorkerPool({
      workerUrl: options.workerUrl ?? WORKER_URL,
      size: options.workers ?? 2,
      workerHeapMb: options.workerHeapMb,
      revision: () => store.revision(),
      data: async () => ({
        dataset: await store.exportDataset(),
        revision: await store.revision(),
      }),
    });
  }

  async run(query: string, params: JsonParams, limits: CypherLimits): Promise<BackendResult> {
    const request: EngineRequest = { query, params, limits };
    return (await this.pool.run(request, limits.timeoutMs)) as BackendResult;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
