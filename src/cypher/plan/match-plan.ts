// Plans a MATCH: for each pattern part, picks where to start (a bound node, then an index seek
// on a labelled node's property, then a label scan, then all nodes), then expands outwards
// along the chain; each WHERE conjunct is placed right after the step that binds the last
// variable it reads.
import { CypherError } from '../errors.js';
import type { Expr, LabelExpr, NodePattern, PatternPart, RelPattern } from '../parse/ast.js';
import { positionAt } from '../parse/lexer.js';
import type { Scope, VarKind } from '../execute/context.js';
import { conjuncts, freeVariables } from './free-vars.js';
import { WALK_LENGTH, type ShortestWalkPlan } from './shortest-walks.js';

export interface NodeCheck {
  labels?: LabelExpr;
  properties?: Expr;
  where?: Expr;
}

export type Step =
  | { kind: 'scan'; slot: number; label?: string; check: NodeCheck }
  | { kind: 'seek'; slot: number; label: string; key: string; value: Expr; check: NodeCheck }
  | { kind: 'checkNode'; slot: number; check: NodeCheck }
  | {
      kind: 'expand';
      from: number;
      to: number;
      rel: number;
      /** Direction seen from `from`. */
      direction: 'out' | 'in' | 'both';
      pattern: RelPattern;
      toBound: boolean;
      /** Expanding right to left through the pattern. */
      reversed: boolean;
      relBound: boolean;
      check: NodeCheck;
      /** Relationship slots of this MATCH bound before this step: a match uses each relationship once. */
      unique: number[];
      uniqueLists: number[];
      /**
       * Only the end nodes and their least length matter (plan/shortest-walks.ts): a search
       * binds each end node once, and its least length to `length` when the MATCH names a path.
       * `distinctEnds`: the WHERE's `b <> a` on the two ends, so the start is never an end.
       */
      shortestWalks?: { length?: number; distinctEnds?: true };
    }
  | {
      kind: 'shortest';
      from: number;
      to: number;
      rel: number;
      pattern: RelPattern;
      all: boolean;
      path?: number;
      /** WHERE conjuncts on the path or its relationships: the search returns paths that pass. */
      where: Expr[];
      /** The path's and the relationships' variable names, which those conjuncts read. */
      own: string[];
    }
  | { kind: 'filter'; expr: Expr }
  | { kind: 'path'; slot: number; nodes: number[]; rels: Array<{ slot: number; list: boolean }> };

export interface MatchPlan {
  steps: Step[];
  /** Slots this MATCH binds (set to null by OPTIONAL MATCH when nothing matches). */
  introduced: number[];
}

export function planMatch(
  patterns: PatternPart[],
  where: Expr | undefined,
  scope: Scope,
  text: string,
  /** The variable-length relationship a breadth-first search expands, if any. */
  walks?: Pick<ShortestWalkPlan, 'rel' | 'length'>,
): MatchPlan {
  const bound = new Set<string>(scope.names().filter((n) => scope.has(n)));
  const introduced: number[] = [];
  const steps: Step[] = [];
  const relSlots: number[] = [];
  const relListSlots: number[] = [];
  let pending = conjuncts(where).map((expr) => ({ expr, vars: freeVariables(expr) }));
  const localNames = new Set<string>();
  for (const part of patterns) for (const name of namesOf(part)) localNames.add(name);

  const slotOf = (name: string | undefined, kind: VarKind): { slot: number; wasBound: boolean } => {
    if (name !== undefined && bound.has(name)) {
      const known = scope.kind(name);
      if (kind === 'path')
        throw new CypherError(
          'semantic',
          `Variable \`${name}\` already declared`,
          positionAt(text, 0),
        );
      if (known !== 'any' && known !== kind)
        throw new CypherError(
          'type',
          `Type mismatch: \`${name}\` was ${known === 'value' ? 'a value' : `a ${known}`}, used here as a ${kind}`,
          positionAt(text, 0),
        );
      return { slot: scope.slot(name) as number, wasBound: true };
    }
    const slot = name === undefined ? scope.anonymous() : scope.fresh(name);
    if (name !== undefined) {
      bound.add(name);
      scope.setKind(name, kind);
    }
    introduced.push(slot);
    return { slot, wasBound: false };
  };

  const flush = () => {
    const ready = pending.filter((p) =>
      [...p.vars].every((v) => bound.has(v) || !localNames.has(v)),
    );
    pending = pending.filter((p) => !ready.includes(p));
    for (const p of ready) steps.push({ kind: 'filter', expr: p.expr });
  };
  flush();

  for (const part of patterns) {
    if (part.shortest) {
      pending = planShortest(part, steps, slotOf, relSlots, pending, bound, localNames, text);
      flush();
      continue;
    }
    const start = chooseStart(
      part,
      bound,
      pending.map((p) => p.expr),
    );
    const nodeSlots = new Array<number>(part.nodes.length);
    const relEntries = new Array<{ slot: number; list: boolean }>(part.rels.length);
    const startNode = part.nodes[start] as NodePattern;
    const s = slotOf(startNode.variable, 'node');
    nodeSlots[start] = s.slot;
    if (s.wasBound) steps.push({ kind: 'checkNode', slot: s.slot, check: startNode });
    else
      steps.push(
        startStep(
          startNode,
          s.slot,
          bound,
          pending.map((p) => p.expr),
        ),
      );
    flush();
    const expand = (relIndex: number, fromIndex: number, toIndex: number, reversed: boolean) => {
      const rel = part.rels[relIndex] as RelPattern;
      const toNode = part.nodes[toIndex] as NodePattern;
      const list = rel.length !== undefined;
      const r = slotOf(rel.variable, list ? 'relList' : 'rel');
      const t = slotOf(toNode.variable, 'node');
      nodeSlots[toIndex] = t.slot;
      relEntries[relIndex] = { slot: r.slot, list };
      const direction = reversed ? flip(rel.direction) : rel.direction;
      const searched = rel === walks?.rel;
      const length = searched && walks.length ? slotOf(WALK_LENGTH, 'value').slot : undefined;
      const fromName = part.nodes[fromIndex]?.variable;
      const apart = searched
        ? pending.find((p) => isApart(p.expr, fromName, toNode.variable))
        : undefined;
      if (apart) pending = pending.filter((p) => p !== apart);
      steps.push({
        kind: 'expand',
        from: nodeSlots[fromIndex] as number,
        to: t.slot,
        rel: r.slot,
        direction,
        pattern: rel,
        toBound: t.wasBound,
        reversed,
        relBound: r.wasBound,
        check: toNode,
        unique: [...relSlots],
        uniqueLists: [...relListSlots],
        ...(searched && {
          shortestWalks: {
            ...(length !== undefined && { length }),
            ...(apart && { distinctEnds: true as const }),
          },
        }),
      });
      (list ? relListSlots : relSlots).push(r.slot);
      flush();
    };
    for (let i = start; i < part.rels.length; i++) expand(i, i, i + 1, false);
    for (let i = start - 1; i >= 0; i--) expand(i, i + 1, i, true);
    if (part.pathVariable) {
      const p = slotOf(part.pathVariable, 'path');
      // After a search nothing reads the path (its least length is WALK_LENGTH): none is built.
      if (!walks) steps.push({ kind: 'path', slot: p.slot, nodes: nodeSlots, rels: relEntries });
      flush();
    }
  }
  for (const p of pending) steps.push({ kind: 'filter', expr: p.expr });
  if (pending.length > 0 && steps.length === 0)
    throw new CypherError('semantic', 'Empty pattern', positionAt(text, 0));
  return { steps, introduced };
}

/**
 * Whether `e` is `b <> a` (either way round) on two node variables: true exactly when the ends
 * differ, since a search binds both to nodes of one graph. The search then skips the start.
 */
function isApart(e: Expr, a: string | undefined, b: string | undefined): boolean {
  if (e.kind !== 'binary' || e.op !== '<>' || a === undefined || b === undefined || a === b)
    return false;
  const { left, right } = e;
  if (left.kind !== 'var' || right.kind !== 'var') return false;
  return (left.name === a && right.name === b) || (left.name === b && right.name === a);
}

function namesOf(part: PatternPart): string[] {
  const names = part.nodes.flatMap((n) => (n.variable ? [n.variable] : []));
  for (const r of part.rels) if (r.variable) names.push(r.variable);
  if (part.pathVariable) names.push(part.pathVariable);
  return names;
}

function flip(d: 'out' | 'in' | 'both'): 'out' | 'in' | 'both' {
  return d === 'out' ? 'in' : d === 'in' ? 'out' : 'both';
}

/** The single label a node pattern requires, if any (for scans and seeks). */
function requiredLabel(labels: LabelExpr | undefined): string | undefined {
  if (!labels) return undefined;
  if (labels.kind === 'label') return labels.name;
  if (labels.kind === 'and')
    for (const item of labels.items) if (item.kind === 'label') return item.name;
  return undefined;
}

/** A property equality usable for an index seek: from the node's map or from WHERE. */
function seekable(
  node: NodePattern,
  bound: Set<string>,
  predicates: Expr[],
): { key: string; value: Expr } | undefined {
  const usable = (e: Expr) => [...freeVariables(e)].every((v) => bound.has(v));
  if (node.properties?.kind === 'map')
    for (const [key, value] of node.properties.entries) if (usable(value)) return { key, value };
  if (!node.variable) return undefined;
  for (const p of predicates) {
    if (p.kind !== 'binary' || p.op !== '=') continue;
    for (const [a, b] of [
      [p.left, p.right],
      [p.right, p.left],
    ] as const) {
      if (
        a.kind === 'prop' &&
        a.target.kind === 'var' &&
        a.target.name === node.variable &&
        usable(b)
      )
        return { key: a.key, value: b };
    }
  }
  return undefined;
}

function chooseStart(part: PatternPart, bound: Set<string>, predicates: Expr[]): number {
  const nodes = part.nodes;
  const boundAt = nodes.findIndex((n) => n.variable !== undefined && bound.has(n.variable));
  if (boundAt >= 0) return boundAt;
  const seekAt = nodes.findIndex((n) => requiredLabel(n.labels) && seekable(n, bound, predicates));
  if (seekAt >= 0) return seekAt;
  const labelled = nodes.findIndex((n) => requiredLabel(n.labels));
  return labelled >= 0 ? labelled : 0;
}

function startStep(node: NodePattern, slot: number, bound: Set<string>, predicates: Expr[]): Step {
  const label = requiredLabel(node.labels);
  const seek = label ? seekable(node, bound, predicates) : undefined;
  if (label && seek)
    return { kind: 'seek', slot, label, key: seek.key, value: seek.value, check: node };
  return { kind: 'scan', slot, check: node, ...(label && { label }) };
}

function planShortest(
  part: PatternPart,
  steps: Step[],
  slotOf: (name: string | undefined, kind: VarKind) => { slot: number; wasBound: boolean },
  relSlots: number[],
  pending: Array<{ expr: Expr; vars: Set<string> }>,
  bound: Set<string>,
  localNames: Set<string>,
  text: string,
): Array<{ expr: Expr; vars: Set<string> }> {
  const rel = part.rels[0];
  const [a, b] = part.nodes;
  if (part.rels.length !== 1 || !rel || !a || !b)
    throw new CypherError(
      'semantic',
      'shortestPath needs a pattern with exactly one relationship',
      positionAt(text, part.start),
    );
  const own = [part.pathVariable, rel.variable].filter((x): x is string => x !== undefined);
  const onPath = pending.filter((p) => own.some((v) => p.vars.has(v)));
  // Both ends are found first (usually bound already); the search then runs between them.
  const endpoint = (node: NodePattern) => {
    const end = slotOf(node.variable, 'node');
    const label = requiredLabel(node.labels);
    if (end.wasBound) steps.push({ kind: 'checkNode', slot: end.slot, check: node });
    else steps.push({ kind: 'scan', slot: end.slot, check: node, ...(label && { label }) });
    return end;
  };
  const from = endpoint(a);
  const to = endpoint(b);
  const r = slotOf(rel.variable, rel.length ? 'relList' : 'rel');
  relSlots.push(r.slot);
  const path = part.pathVariable ? slotOf(part.pathVariable, 'path').slot : undefined;
  const ready = (v: string) => bound.has(v) || !localNames.has(v);
  if (onPath.some((p) => ![...p.vars].every(ready)))
    throw new CypherError(
      'unsupported',
      'A WHERE on the path of shortestPath that also reads a later pattern is not supported on the embedded store',
      positionAt(text, part.start),
    );
  steps.push({
    kind: 'shortest',
    from: from.slot,
    to: to.slot,
    rel: r.slot,
    pattern: rel,
    all: part.shortest === 'all',
    ...(path !== undefined && { path }),
    where: onPath.map((p) => p.expr),
    own,
  });
  return pending.filter((p) => !onPath.includes(p));
}
