// A deliberately naive path enumerator over a dataset's relationships: the reference the stores'
// path searches are checked against, and the order those searches promise.
import { canonicalEndpoints, relationshipId } from '../../src/domain/relationships.js';
import type { Dataset } from '../../src/domain/schema.js';
import { relationshipTypeInfo } from '../../src/domain/vocabulary.js';
import type { RawPath } from '../../src/store/types.js';

export interface OracleQuery {
  from: string;
  to: string;
  maxHops: number;
  directed: boolean;
  types?: string[];
}

/** Every simple path as "a>b>c|rel1,rel2", by trying every relationship at every step. */
export function oracleSimplePaths(dataset: Dataset, q: OracleQuery): string[] {
  const rels = dataset.relationships
    .filter((r) => !q.types || q.types.includes(r.type))
    .map((r) => ({
      id: relationshipId(r),
      ...canonicalEndpoints(r),
      symmetric: relationshipTypeInfo(r.type)?.symmetric ?? false,
    }));
  const found: string[] = [];
  const walk = (nodes: string[], hops: string[]): void => {
    const node = nodes[nodes.length - 1] as string;
    if (node === q.to) {
      found.push(`${nodes.join('>')}|${hops.join(',')}`);
      return;
    }
    if (hops.length === q.maxHops) return;
    for (const r of rels) {
      const next: string[] = [];
      if (r.from === node) next.push(r.to);
      if (r.to === node && (!q.directed || r.symmetric)) next.push(r.from);
      for (const n of next) if (!nodes.includes(n)) walk([...nodes, n], [...hops, r.id]);
    }
  };
  walk([q.from], []);
  return found.sort();
}

/** The oracle's paths of the smallest length. */
export function oracleShortestPaths(dataset: Dataset, q: OracleQuery): string[] {
  const all = oracleSimplePaths(dataset, q);
  const length = (p: string) => p.split('>').length;
  const min = Math.min(...all.map(length));
  return all.filter((p) => length(p) === min);
}

export function signature(path: RawPath): string {
  return `${path.nodes.join('>')}|${path.hops.map((h) => h.relationship).join(',')}`;
}

/** The shared order from the answer alone: length, then per hop direction then load order. */
export function inSharedOrder(dataset: Dataset, paths: readonly RawPath[]): RawPath[] {
  const loadOrder = new Map(dataset.relationships.map((r, i) => [relationshipId(r), i]));
  const key = (p: RawPath) =>
    p.hops.map((h) => (h.direction === 'forward' ? 0 : 1) * 1e9 + loadOrder.get(h.relationship)!);
  return [...paths].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const at = x.findIndex((k, i) => k !== y[i]);
    return x.length - y.length || (at === -1 ? 0 : x[at]! - y[at]!);
  });
}
