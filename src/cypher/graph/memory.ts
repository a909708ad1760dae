// A writable in-memory property graph, for the TCK and test fixtures: nodes and relationships
// numbered in creation order, adjacency kept as arrays of relationship numbers, and the
// statistics Neo4j reports for writes.
import { CypherError } from '../errors.js';
import type { CypherMap, Value } from '../values/types.js';
import { emptyStatistics, type Direction, type WritableGraph } from './types.js';

interface NodeRecord {
  labels: string[];
  props: CypherMap;
  out: number[];
  in: number[];
  alive: boolean;
}

interface RelRecord {
  type: string;
  typeId: number;
  start: number;
  end: number;
  props: CypherMap;
  alive: boolean;
}

export class MemoryGraph implements WritableGraph {
  readonly statistics = emptyStatistics();
  private readonly nodeList: NodeRecord[] = [];
  private readonly relList: RelRecord[] = [];
  private readonly typeIds = new Map<string, number>();

  private node(id: number): NodeRecord {
    const n = this.nodeList[id];
    if (!n) throw new CypherError('argument', `No node ${id}`);
    return n;
  }

  private rel(id: number): RelRecord {
    const r = this.relList[id];
    if (!r) throw new CypherError('argument', `No relationship ${id}`);
    return r;
  }

  *nodes(): Iterable<number> {
    for (let i = 0; i < this.nodeList.length; i++) if (this.nodeList[i]?.alive) yield i;
  }

  *nodesWithLabel(label: string): Iterable<number> {
    for (let i = 0; i < this.nodeList.length; i++) {
      const n = this.nodeList[i] as NodeRecord;
      if (n.alive && n.labels.includes(label)) yield i;
    }
  }

  hasLabel(node: number, label: string): boolean {
    return this.node(node).labels.includes(label);
  }

  seek(): undefined {
    return undefined;
  }

  *relationships(): Iterable<number> {
    for (let i = 0; i < this.relList.length; i++) if (this.relList[i]?.alive) yield i;
  }

  relationshipsOf(node: number, direction: Direction): ArrayLike<number> {
    const n = this.node(node);
    if (direction === 'out') return n.out;
    if (direction === 'in') return n.in;
    return [...n.out, ...n.in.filter((r) => this.rel(r).start !== node)];
  }

  typeId(type: string): number {
    return this.typeIds.get(type) ?? -1;
  }

  relTypeId(rel: number): number {
    return this.rel(rel).typeId;
  }

  nodeExists(node: number): boolean {
    return this.nodeList[node]?.alive === true;
  }

  relExists(rel: number): boolean {
    return this.relList[rel]?.alive === true;
  }

  nodeLabels(node: number): readonly string[] {
    return this.node(node).labels;
  }

  nodeProperty(node: number, key: string): Value {
    return this.node(node).props.get(key) ?? null;
  }

  nodeProperties(node: number): CypherMap {
    return new Map(this.node(node).props);
  }

  nodeElementId(node: number): string {
    return `n${node}`;
  }

  relType(rel: number): string {
    return this.rel(rel).type;
  }

  relStart(rel: number): number {
    return this.rel(rel).start;
  }

  relEnd(rel: number): number {
    return this.rel(rel).end;
  }

  relProperty(rel: number, key: string): Value {
    return this.rel(rel).props.get(key) ?? null;
  }

  relProperties(rel: number): CypherMap {
    return new Map(this.rel(rel).props);
  }

  relElementId(rel: number): string {
    return `r${rel}`;
  }

  createNode(labels: readonly string[], properties: ReadonlyMap<string, Value>): number {
    const props: CypherMap = new Map();
    for (const [k, v] of properties) if (v !== null) props.set(k, v);
    const unique = [...new Set(labels)];
    this.nodeList.push({ labels: unique, props, out: [], in: [], alive: true });
    this.statistics.nodesCreated++;
    this.statistics.labelsAdded += unique.length;
    this.statistics.propertiesSet += props.size;
    return this.nodeList.length - 1;
  }

  createRelationship(
    type: string,
    start: number,
    end: number,
    properties: ReadonlyMap<string, Value>,
  ): number {
    const props: CypherMap = new Map();
    for (const [k, v] of properties) if (v !== null) props.set(k, v);
    let typeId = this.typeIds.get(type);
    if (typeId === undefined) this.typeIds.set(type, (typeId = this.typeIds.size));
    const id = this.relList.length;
    this.relList.push({ type, typeId, start, end, props, alive: true });
    this.node(start).out.push(id);
    this.node(end).in.push(id);
    this.statistics.relationshipsCreated++;
    this.statistics.propertiesSet += props.size;
    return id;
  }

  setNodeProperty(node: number, key: string, value: Value): void {
    setProp(this.node(node).props, key, value, this.statistics);
  }

  setRelProperty(rel: number, key: string, value: Value): void {
    setProp(this.rel(rel).props, key, value, this.statistics);
  }

  addLabel(node: number, label: string): void {
    const n = this.node(node);
    if (n.labels.includes(label)) return;
    n.labels.push(label);
    this.statistics.labelsAdded++;
  }

  removeLabel(node: number, label: string): void {
    const n = this.node(node);
    const at = n.labels.indexOf(label);
    if (at < 0) return;
    n.labels.splice(at, 1);
    this.statistics.labelsRemoved++;
  }

  deleteNode(node: number, detach: boolean): void {
    const n = this.node(node);
    if (!n.alive) return;
    if (n.out.length + n.in.length > 0) {
      if (!detach)
        throw new CypherError(
          'argument',
          'Cannot delete a node that still has relationships; delete them first or use DETACH DELETE',
        );
      for (const r of [...n.out, ...n.in]) this.deleteRelationship(r);
    }
    n.alive = false;
    this.statistics.nodesDeleted++;
  }

  deleteRelationship(rel: number): void {
    const r = this.rel(rel);
    if (!r.alive) return;
    r.alive = false;
    const drop = (list: number[]) => {
      const at = list.indexOf(rel);
      if (at >= 0) list.splice(at, 1);
    };
    drop(this.node(r.start).out);
    drop(this.node(r.end).in);
    this.statistics.relationshipsDeleted++;
  }
}

function setProp(
  props: CypherMap,
  key: string,
  value: Value,
  stats: { propertiesSet: number },
): void {
  if (value === null) {
    if (props.delete(key)) stats.propertiesSet++;
    return;
  }
  props.set(key, value);
  stats.propertiesSet++;
}
