// The TCK backend for the embedded engine: a fresh in-memory graph per scenario, queries run in
// write mode, values and errors brought to the runner's forms.
import { CypherError, type CypherErrorCode } from '../cypher/errors.js';
import { MemoryGraph } from '../cypher/graph/memory.js';
import { runQuery } from '../cypher/index.js';
import { isTemporal } from '../cypher/values/compare.js';
import { NodeValue, PathValue, RelationshipValue, type Value } from '../cypher/values/types.js';
import {
  type ErrorKind,
  type GraphState,
  type TckBackend,
  TckQueryError,
  type TckResult,
} from './backend.js';
import { canonical, type TckNode, type TckRel, type TckValue } from './values.js';

const KINDS: Record<CypherErrorCode, ErrorKind> = {
  syntax: 'syntax',
  semantic: 'semantic',
  type: 'type',
  argument: 'argument',
  unsupported: 'unsupported',
  'read-only': 'other',
  parameter: 'parameter',
  limit: 'other',
  timeout: 'other',
};

function props(map: Map<string, Value>): [string, TckValue][] {
  return [...map].map(([k, v]) => [k, toTck(v)]);
}

function node(n: NodeValue): TckNode {
  return {
    t: 'node',
    labels: [...n.graph.nodeLabels(n.id)],
    props: props(n.graph.nodeProperties(n.id)),
  };
}

function rel(r: RelationshipValue): TckRel {
  return { t: 'rel', type: r.graph.relType(r.id), props: props(r.graph.relProperties(r.id)) };
}

export function toTck(v: Value): TckValue {
  if (v === null) return { t: 'null' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (typeof v === 'bigint') return { t: 'int', v };
  if (typeof v === 'number') return { t: 'float', v };
  if (typeof v === 'string') return { t: 'string', v };
  if (Array.isArray(v)) return { t: 'list', v: v.map(toTck) };
  if (v instanceof Map) return { t: 'map', v: props(v) };
  if (v instanceof NodeValue) return node(v);
  if (v instanceof RelationshipValue) return rel(v);
  if (v instanceof PathValue)
    return {
      t: 'path',
      start: node(v.nodes[0] as NodeValue),
      steps: v.relationships.map((r, i) => ({
        rel: rel(r),
        forward: r.graph.relStart(r.id) === (v.nodes[i] as NodeValue).id,
        node: node(v.nodes[i + 1] as NodeValue),
      })),
    };
  if (isTemporal(v)) return { t: 'string', v: v.toString() };
  throw new Error('a value the TCK runner does not know');
}

export function fromTck(v: TckValue): Value {
  switch (v.t) {
    case 'null':
      return null;
    case 'bool':
    case 'int':
    case 'float':
    case 'string':
      return v.v;
    case 'list':
      return v.v.map(fromTck);
    case 'map':
      return new Map(v.v.map(([k, x]) => [k, fromTck(x)]));
    default:
      throw new Error('graph elements cannot be parameters');
  }
}

export class EmbeddedBackend implements TckBackend {
  readonly name = 'embedded';
  private graph = new MemoryGraph();

  async reset(): Promise<void> {
    this.graph = new MemoryGraph();
  }

  async run(query: string, params: Map<string, TckValue>): Promise<TckResult> {
    try {
      const result = runQuery(this.graph, query, {
        params: new Map([...params].map(([k, v]) => [k, fromTck(v)])),
        write: true,
        // The TCK has queries and lists larger than the API's defaults allow.
        limits: {
          maxRows: 1_000_000,
          maxQueryBytes: 1_000_000,
          maxListSize: 10_000_000,
          timeoutMs: 10_000,
        },
      });
      return { columns: result.columns, rows: result.rows.map((row) => row.map(toTck)) };
    } catch (e) {
      if (e instanceof CypherError) throw new TckQueryError(KINDS[e.code], e.message);
      throw new TckQueryError(
        'other',
        `engine crash: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  async state(): Promise<GraphState> {
    const g = this.graph;
    const state: GraphState = {
      nodes: new Set(),
      relationships: new Set(),
      labels: new Set(),
      properties: new Set(),
    };
    for (const n of g.nodes()) {
      if (!g.nodeExists(n)) continue;
      state.nodes.add(`n${n}`);
      for (const label of g.nodeLabels(n)) state.labels.add(label);
      for (const [k, v] of g.nodeProperties(n))
        state.properties.add(`n${n}.${k}=${canonical(toTck(v))}`);
    }
    for (const r of g.relationships()) {
      if (!g.relExists(r)) continue;
      state.relationships.add(`r${r}`);
      for (const [k, v] of g.relProperties(r))
        state.properties.add(`r${r}.${k}=${canonical(toTck(v))}`);
    }
    return state;
  }

  async close(): Promise<void> {}
}
