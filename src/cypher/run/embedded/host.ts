// The worker side of the pool: holds what `build` made from the last loaded data and answers
// each run with `run`, reporting CypherErrors with their code and position.
import { parentPort } from 'node:worker_threads';
import { CypherError } from '../../errors.js';
import type { FromWorker, ToWorker } from './protocol.js';

export function serveWorker<G>(
  build: (data: unknown) => G,
  run: (graph: G, request: unknown) => unknown,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorker must run in a worker thread');
  let graph: G | undefined;
  const send = (message: FromWorker) => port.postMessage(message);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'load') {
      graph = build(message.data);
      send({ type: 'loaded', revision: message.revision });
      return;
    }
    try {
      if (graph === undefined) throw new Error('no graph loaded');
      send({ type: 'done', id: message.id, result: run(graph, message.request) });
    } catch (error) {
      const {
        message: text,
        code,
        position,
      } = error instanceof CypherError
        ? error
        : { message: String(error), code: undefined, position: undefined };
      send({ type: 'failed', id: message.id, error: { code, message: text, position } });
    }
  });
}
