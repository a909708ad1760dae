// The typed syntax tree the parser builds. Every node keeps the offset where it starts (and
// expressions where they end), so that errors point into the query and unaliased RETURN items
// are named by their text, as Neo4j names them.
import type { Value } from '../values/types.js';

interface At {
  /** Offset of the first character in the query text. */
  start: number;
}

export type Expr = At & { end: number } & ExprBody;

export type BinaryOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '^'
  | '='
  | '<>'
  | '<'
  | '<='
  | '>'
  | '>='
  | 'AND'
  | 'OR'
  | 'XOR'
  | 'IN'
  | 'STARTS WITH'
  | 'ENDS WITH'
  | 'CONTAINS'
  | '=~';

export type LabelExpr =
  | { kind: 'label'; name: string }
  | { kind: 'and' | 'or'; items: LabelExpr[] }
  | { kind: 'not'; item: LabelExpr }
  | { kind: 'any' };

export type ExprBody =
  | { kind: 'literal'; value: Value }
  | { kind: 'param'; name: string }
  | { kind: 'var'; name: string }
  | { kind: 'prop'; target: Expr; key: string }
  | { kind: 'index'; target: Expr; index: Expr }
  | { kind: 'slice'; target: Expr; from?: Expr; to?: Expr }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'map'; entries: Array<[string, Expr]> }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  /** a < b <= c: each adjacent pair compared, joined by AND. */
  | { kind: 'chain'; ops: BinaryOp[]; operands: Expr[] }
  | { kind: 'not'; arg: Expr }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'isNull'; arg: Expr; negated: boolean }
  | { kind: 'hasLabels'; target: Expr; labels: LabelExpr }
  | { kind: 'call'; name: string; distinct: boolean; args: Expr[]; star: boolean }
  | { kind: 'case'; subject?: Expr; whens: Array<[Expr, Expr]>; otherwise?: Expr }
  | { kind: 'listComp'; variable: string; source: Expr; where?: Expr; map?: Expr }
  | { kind: 'patternComp'; pattern: PatternPart; where?: Expr; map: Expr }
  | {
      kind: 'quantifier';
      quantifier: 'all' | 'any' | 'none' | 'single';
      variable: string;
      source: Expr;
      where: Expr;
    }
  | { kind: 'reduce'; accumulator: string; init: Expr; variable: string; source: Expr; expr: Expr }
  /** A pattern used as a predicate: true when it has at least one match; `call` when written exists(pattern). */
  | { kind: 'patternPredicate'; pattern: PatternPart; call?: true }
  | { kind: 'exists'; patterns: PatternPart[]; where?: Expr; query?: Query }
  | { kind: 'countSubquery'; patterns: PatternPart[]; where?: Expr; query?: Query }
  /** COLLECT { ... RETURN x }: the list of x over the subquery's rows (Neo4j 5.6+). */
  | { kind: 'collectSubquery'; query: Query }
  | { kind: 'mapProjection'; target: string; items: MapProjectionItem[] };

export type MapProjectionItem =
  | { kind: 'property'; key: string }
  | { kind: 'allProperties' }
  | { kind: 'variable'; name: string }
  | { kind: 'entry'; key: string; value: Expr };

export interface NodePattern extends At {
  variable?: string;
  labels?: LabelExpr;
  properties?: Expr;
  where?: Expr;
}

export interface RelPattern extends At {
  variable?: string;
  types: string[];
  direction: 'out' | 'in' | 'both';
  properties?: Expr;
  where?: Expr;
  /** Present for variable-length relationships; an absent bound is open. */
  length?: { min?: number; max?: number };
}

export interface PatternPart extends At {
  pathVariable?: string;
  shortest?: 'shortest' | 'all';
  nodes: NodePattern[];
  /** rels[i] joins nodes[i] and nodes[i + 1]. */
  rels: RelPattern[];
}

export interface ReturnItem {
  expr: Expr;
  /** The column name: the alias, or the expression's text. */
  name: string;
  aliased: boolean;
}

export interface SortItem {
  expr: Expr;
  descending: boolean;
}

export interface Projection {
  distinct: boolean;
  star: boolean;
  items: ReturnItem[];
  orderBy: SortItem[];
  skip?: Expr;
  limit?: Expr;
}

export type SetItem =
  | (At & { kind: 'property'; target: Expr; key: string; value: Expr })
  | (At & { kind: 'replace' | 'merge'; variable: string; value: Expr })
  | (At & { kind: 'labels'; variable: string; labels: string[] });

export type RemoveItem =
  | (At & { kind: 'property'; target: Expr; key: string })
  | (At & { kind: 'labels'; variable: string; labels: string[] });

export type Clause = At &
  (
    | { kind: 'match'; optional: boolean; patterns: PatternPart[]; where?: Expr }
    | { kind: 'unwind'; expr: Expr; variable: string }
    | { kind: 'with'; projection: Projection; where?: Expr }
    | { kind: 'return'; projection: Projection }
    | { kind: 'create'; patterns: PatternPart[] }
    | { kind: 'merge'; pattern: PatternPart; onCreate: SetItem[]; onMatch: SetItem[] }
    | { kind: 'set'; items: SetItem[] }
    | { kind: 'remove'; items: RemoveItem[] }
    | { kind: 'delete'; detach: boolean; exprs: Expr[] }
    | { kind: 'foreach'; variable: string; source: Expr; clauses: Clause[] }
    | { kind: 'subquery'; query: Query }
    | {
        kind: 'procedure';
        name: string;
        args?: Expr[];
        yields?: Array<{ name: string; alias: string }>;
        yieldStar: boolean;
        where?: Expr;
      }
    | { kind: 'unsupported'; feature: string; write: boolean }
  );

export interface SingleQuery {
  clauses: Clause[];
}

export interface Query {
  /** One part, or several joined by UNION; all[i] tells whether the i-th UNION was UNION ALL. */
  parts: SingleQuery[];
  all: boolean[];
}
