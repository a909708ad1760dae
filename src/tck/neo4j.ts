// The TCK backend for a real Neo4j server (NEO4J_URI): the reference the runner is checked
// against. Every scenario starts from an emptied database; driver values are brought to the
// runner's forms, temporals printed by our own ISO printer from the driver's fields.
import neo4j, { type Driver, type Node, type Path, type Relationship } from 'neo4j-driver';
import { fromDriverTemporal } from '../cypher/run/neo4j/temporal.js';
import {
  type ErrorKind,
  type GraphState,
  type TckBackend,
  TckQueryError,
  type TckResult,
} from './backend.js';
import { canonical, type TckNode, type TckRel, type TckValue } from './values.js';

const KINDS: Record<string, ErrorKind> = {
  SyntaxError: 'syntax',
  SemanticError: 'semantic',
  TypeError: 'type',
  ArgumentError: 'argument',
  ArithmeticError: 'argument',
  ParameterMissing: 'parameter',
  EntityNotFound: 'entity',
  ConstraintValidationFailed: 'constraint',
  ProcedureNotFound: 'procedure',
  ProcedureCallFailed: 'procedure',
};

function props(o: Record<string, unknown>): [string, TckValue][] {
  return Object.entries(o).map(([k, v]) => [k, toTck(v)]);
}

function node(v: Node): TckNode {
  return { t: 'node', labels: [...v.labels], props: props(v.properties) };
}

function rel(v: Relationship): TckRel {
  return { t: 'rel', type: v.type, props: props(v.properties) };
}

export function toTck(v: unknown): TckValue {
  if (v === null || v === undefined) return { t: 'null' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (typeof v === 'bigint') return { t: 'int', v };
  if (neo4j.isInt(v)) return { t: 'int', v: BigInt(v.toString()) };
  if (typeof v === 'number') return { t: 'float', v };
  if (typeof v === 'string') return { t: 'string', v };
  if (Array.isArray(v)) return { t: 'list', v: v.map(toTck) };
  if (neo4j.isNode(v)) return node(v as Node);
  if (neo4j.isRelationship(v)) return rel(v as Relationship);
  if (neo4j.isPath(v)) {
    const p = v as Path;
    return {
      t: 'path',
      start: node(p.start),
      steps: p.segments.map((s) => ({
        rel: rel(s.relationship),
        forward: s.relationship.startNodeElementId === s.start.elementId,
        node: node(s.end),
      })),
    };
  }
  const text = fromDriverTemporal(v)?.toString();
  if (text !== undefined) return { t: 'string', v: text };
  if (typeof v === 'object') return { t: 'map', v: props(v as Record<string, unknown>) };
  throw new Error(`a driver value the TCK runner does not know: ${String(v)}`);
}

function toDriver(v: TckValue): unknown {
  switch (v.t) {
    case 'null':
      return null;
    case 'bool':
    case 'float':
    case 'string':
      return v.v;
    case 'int':
      return neo4j.int(v.v.toString());
    case 'list':
      return v.v.map(toDriver);
    case 'map':
      return Object.fromEntries(v.v.map(([k, x]) => [k, toDriver(x)]));
    default:
      throw new Error('graph elements cannot be parameters');
  }
}

export class Neo4jBackend implements TckBackend {
  readonly name = 'neo4j';
  private readonly driver: Driver;

  constructor(uri: string, user: string, password: string | undefined) {
    this.driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
      useBigInt: true,
    });
  }

  async reset(): Promise<void> {
    await this.run('MATCH (n) DETACH DELETE n', new Map());
  }

  async run(query: string, params: Map<string, TckValue>): Promise<TckResult> {
    const session = this.driver.session();
    try {
      const result = session.run(
        query,
        Object.fromEntries([...params].map(([k, v]) => [k, toDriver(v)])),
      );
      const keys = (await result.keys()).map(String);
      const { records } = await result;
      return { columns: keys, rows: records.map((r) => keys.map((k) => toTck(r.get(k)))) };
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (!code.startsWith('Neo.ClientError')) throw e;
      throw new TckQueryError(
        KINDS[code.split('.').at(-1) ?? ''] ?? 'other',
        `${code}: ${(e as Error).message}`,
      );
    } finally {
      await session.close();
    }
  }

  async state(): Promise<GraphState> {
    const session = this.driver.session();
    try {
      const state: GraphState = {
        nodes: new Set(),
        relationships: new Set(),
        labels: new Set(),
        properties: new Set(),
      };
      for (const r of (await session.run('MATCH (n) RETURN n')).records) {
        const v = r.get('n') as Node;
        state.nodes.add(v.elementId);
        v.labels.forEach((l) => state.labels.add(l));
        for (const [k, x] of Object.entries(v.properties))
          state.properties.add(`${v.elementId}.${k}=${canonical(toTck(x))}`);
      }
      for (const r of (await session.run('MATCH ()-[r]->() RETURN r')).records) {
        const v = r.get('r') as Relationship;
        state.relationships.add(v.elementId);
        for (const [k, x] of Object.entries(v.properties))
          state.properties.add(`${v.elementId}.${k}=${canonical(toTck(x))}`);
      }
      return state;
    } finally {
      await session.close();
    }
  }

  /** Leaves the database empty, so that the suites after this one see none of the TCK's graphs. */
  async close(): Promise<void> {
    try {
      await this.reset();
    } finally {
      await this.driver.close();
    }
  }
}
