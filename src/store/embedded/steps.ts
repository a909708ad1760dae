// The steps a walk may take from an actor, read straight from the graph's adjacency arrays into a
// reusable buffer: the path searches' form of DatasetGraph.forEachStep, with no callback per
// relationship (a callback shared by several searches is a call V8 cannot inline).
import type { Buckets } from '../../domain/buckets.js';
import {
  SYMMETRIC,
  type Adjacency,
  type DatasetGraph,
  type TypeMask,
  type WalkMode,
} from './dataset-graph.js';

/** Steps from one actor: relationship `rels[i]` reaches actor `others[i]`, for i < count. */
export interface StepList {
  rels: Int32Array;
  others: Int32Array;
  count: number;
}

/**
 * The steps from one actor one at a time, in the order of StepReader.read: for walks that stop
 * at the first step they want (a hub's whole list is read only when no earlier step will do).
 */
export class StepCursor {
  /** The step `next` moved to: its relationship and the actor at its other end. */
  rel = -1;
  other = -1;
  private node = 0;
  private mode: WalkMode = 'any';
  private types: TypeMask | undefined;
  private incomingPart = false;
  private at = 0;
  private end = 0;

  constructor(private readonly adj: Adjacency) {}

  /** Puts the cursor before the first step from `node`. */
  start(node: number, mode: WalkMode, types: TypeMask | undefined): this {
    this.node = node;
    this.mode = mode;
    this.types = types;
    this.incomingPart = false;
    this.at = this.adj.outgoing.start[node] as number;
    this.end = this.adj.outgoing.start[node + 1] as number;
    return this;
  }

  /** Moves to the next step; false when there is none left. */
  next(): boolean {
    const { adj } = this;
    for (;;) {
      if (this.at >= this.end) {
        if (this.incomingPart) return false;
        this.incomingPart = true;
        this.at = adj.incoming.start[this.node] as number;
        this.end = adj.incoming.start[this.node + 1] as number;
        continue;
      }
      const incoming = this.incomingPart;
      const rel = (incoming ? adj.incoming : adj.outgoing).items[this.at++] as number;
      const type = adj.types[rel] as number;
      if (this.mode === (incoming ? 'out' : 'in') && !SYMMETRIC[type]) continue;
      if (this.types && !this.types[type]) continue;
      this.rel = rel;
      this.other = (incoming ? adj.from : adj.to)[rel] as number;
      return true;
    }
  }
}

export class StepReader {
  private readonly adj: Adjacency;
  private readonly maxDegree: number;
  private readonly lists: StepList[] = [];
  private readonly cursors: StepCursor[] = [];

  constructor(graph: DatasetGraph) {
    this.adj = graph.adjacency();
    let max = 0;
    for (let node = 0; node < graph.actorCount; node++) max = Math.max(max, graph.degreeAt(node));
    this.maxDegree = max;
  }

  /**
   * The `slot`-th step list, big enough for any actor. Queries run one at a time, so they share
   * these; a search gives each list it needs at once (one per depth of a walk) its own slot.
   */
  list(slot: number): StepList {
    return (this.lists[slot] ??= {
      rels: new Int32Array(this.maxDegree),
      others: new Int32Array(this.maxDegree),
      count: 0,
    });
  }

  /** The `slot`-th step cursor, shared as the lists are. */
  cursor(slot: number): StepCursor {
    return (this.cursors[slot] ??= new StepCursor(this.adj));
  }

  /**
   * Fills `into` with the steps from `node` in `mode`, in step-key order (along the
   * relationship's direction first, then load order: the order of forEachStep); returns the count.
   */
  read(node: number, mode: WalkMode, types: TypeMask | undefined, into: StepList): number {
    const { outgoing, incoming, from, to } = this.adj;
    into.count = 0;
    this.readList(outgoing, to, node, mode === 'in', types, into);
    this.readList(incoming, from, node, mode === 'out', types, into);
    return into.count;
  }

  private readList(
    list: Buckets,
    ends: Int32Array,
    node: number,
    symmetricOnly: boolean,
    types: TypeMask | undefined,
    into: StepList,
  ): void {
    const relTypes = this.adj.types;
    const last = list.start[node + 1] as number;
    let n = into.count;
    for (let j = list.start[node] as number; j < last; j++) {
      const rel = list.items[j] as number;
      const type = relTypes[rel] as number;
      if (symmetricOnly && !SYMMETRIC[type]) continue;
      if (types && !types[type]) continue;
      into.rels[n] = rel;
      into.others[n] = ends[rel] as number;
      n++;
    }
    into.count = n;
  }
}

const readers = new WeakMap<DatasetGraph, StepReader>();

/** The graph's step reader, made on first use (a graph never changes once built). */
export function stepReader(graph: DatasetGraph): StepReader {
  let reader = readers.get(graph);
  if (!reader) readers.set(graph, (reader = new StepReader(graph)));
  return reader;
}
