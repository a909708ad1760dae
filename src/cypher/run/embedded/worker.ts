// The embedded engine's worker thread: holds the store's graph in Neo4j's model and runs each
// query on it read-only, answering in the wire format.
import { runQuery } from '../../index.js';
import { paramsFromJson, toWire } from '../../values/convert.js';
import type { BackendResult } from '../backend.js';
import type { EngineRequest } from './backend.js';
import { serveWorker } from './host.js';
import { modelGraph, type ModelData } from './model.js';

serveWorker(
  (data) => modelGraph(data as ModelData),
  (graph, request): BackendResult => {
    const { query, params, limits } = request as EngineRequest;
    const result = runQuery(graph, query, { params: paramsFromJson(params), limits });
    return {
      columns: result.columns,
      rows: result.rows.map((row) => row.map(toWire)),
      truncated: result.truncated,
      notifications: result.notifications,
    };
  },
);
