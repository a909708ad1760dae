// The embedded openCypher engine's entry point: parse, plan and run a query on a graph,
// synchronously, within limits. Read-only unless `write` is set (TCK and test fixtures).
import './functions/library.js';
import { CypherError } from './errors.js';
import { createContext } from './execute/context.js';
import { Scope } from './execute/context.js';
import { compileQuery, createEnv, type CompiledQuery } from './execute/query.js';
import {
  emptyStatistics,
  isWritable,
  type QueryGraph,
  type WriteStatistics,
} from './graph/types.js';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from './limits.js';
import { parse } from './parse/parser.js';
import { gatherNotices, notificationsOn, type QueryNotices } from './plan/notifications.js';
import type { Value } from './values/types.js';
import type { CypherNotification } from './wire.js';

export interface RunOptions {
  params?: Map<string, Value>;
  write?: boolean;
  limits?: Partial<CypherLimits>;
  now?: Date;
  /** Plan with the general operators only, no shortcut plans (tests compare the two). */
  generalPlans?: boolean;
}

export interface QueryResult {
  columns: string[];
  rows: Value[][];
  /** True when the query had more rows than limits.maxRows and the rest were dropped. */
  truncated: boolean;
  notifications: CypherNotification[];
  statistics: WriteStatistics;
}

// Compiled queries hold no run state (that lives in the run's context), so a query asked
// again, as the explorer and the bench do, skips parsing and planning. One cache per mode (write,
// general plans), keyed by the query text itself: a caller that asks the same string again then
// costs no hashing.
const PLAN_CACHE_SIZE = 200;
type Compiled = CompiledQuery & { notices: QueryNotices };
const caches = Array.from({ length: 4 }, () => ({
  plans: new Map<string, Compiled>(),
  last: undefined as string | undefined,
}));

function compile(query: string, write: boolean, general: boolean): Compiled {
  const cache = caches[(write ? 2 : 0) + (general ? 1 : 0)] as (typeof caches)[number];
  const { plans } = cache;
  const cached = plans.get(query);
  if (cached) {
    // Least recently used goes first; the bench and the explorer ask one query many times.
    if (cache.last !== query) {
      plans.delete(query);
      plans.set(query, cached);
      cache.last = query;
    }
    return cached;
  }
  const ast = parse(query);
  const compiled = {
    ...compileQuery(ast, Scope.empty(), createEnv(query, write, general)),
    notices: gatherNotices(ast, query),
  };
  plans.set(query, compiled);
  cache.last = query;
  if (plans.size > PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value as string);
  return compiled;
}

export function runQuery(graph: QueryGraph, query: string, options: RunOptions = {}): QueryResult {
  const limits: CypherLimits = options.limits
    ? { ...DEFAULT_CYPHER_LIMITS, ...options.limits }
    : DEFAULT_CYPHER_LIMITS;
  // A UTF-16 unit is at most 3 bytes of UTF-8: a short query needs no counting.
  const bytes = query.length * 3 <= limits.maxQueryBytes ? 0 : Buffer.byteLength(query, 'utf8');
  if (bytes > limits.maxQueryBytes)
    throw new CypherError(
      'limit',
      `The query is ${bytes} bytes long, over the limit of ${limits.maxQueryBytes}`,
    );
  const write = options.write === true;
  const compiled = compile(query, write, options.generalPlans === true);
  const ctx = createContext(graph, options.params ?? new Map(), limits, options.now, write);
  const before = isWritable(graph) ? { ...graph.statistics } : undefined;
  const rows: Value[][] = [];
  let truncated = false;
  for (const row of compiled.op([[]], ctx)) {
    if (rows.length >= limits.maxRows) {
      truncated = true;
      break;
    }
    rows.push(row.length === compiled.columns.length ? row : row.slice(0, compiled.columns.length));
  }
  const statistics = emptyStatistics();
  if (before && isWritable(graph))
    for (const key of Object.keys(statistics) as Array<keyof WriteStatistics>)
      statistics[key] = graph.statistics[key] - before[key];
  // Warnings as Neo4j gives them, for the read-only queries users write (not the TCK's writes).
  const notifications = write ? [] : notificationsOn(graph, compiled.notices, query);
  return { columns: compiled.columns, rows, truncated, notifications, statistics };
}
