// Messages between the embedded backend's pool and its worker threads.
import type { CypherErrorCode } from '../../errors.js';
import type { SourcePosition } from '../../wire.js';

export type ToWorker =
  /** Replace the graph the worker holds; `data` is whatever the worker's engine is built from. */
  { type: 'load'; revision: string; data: unknown } | { type: 'run'; id: number; request: unknown };

export type FromWorker =
  | { type: 'loaded'; revision: string }
  | { type: 'done'; id: number; result: unknown }
  | { type: 'failed'; id: number; error: WorkerError };

export interface WorkerError {
  /** Set when the query was at fault (a CypherError); absent for a fault of the engine. */
  code?: CypherErrorCode;
  message: string;
  position?: SourcePosition;
}
