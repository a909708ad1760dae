// The breadth-first shortcut for variable-length patterns whose walks matter only by end node and
// least length (plan/shortest-walks.ts): which queries take it, and that every query of the shape
// answers exactly as the general walk enumeration does, on random multigraphs with self-loops,
// parallel relationships, several types and relationship properties.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticDataset } from '../../src/bench/synthetic.js';
import { CypherError } from '../../src/cypher/errors.js';
import { DatasetView } from '../../src/cypher/graph/dataset-view.js';
import { MemoryGraph } from '../../src/cypher/graph/memory.js';
import { runQuery } from '../../src/cypher/index.js';
import { Scope } from '../../src/cypher/execute/context.js';
import type { RelPattern, SingleQuery } from '../../src/cypher/parse/ast.js';
import { parse } from '../../src/cypher/parse/parser.js';
import { planMatch } from '../../src/cypher/plan/match-plan.js';
import { shortestWalkRelationship } from '../../src/cypher/plan/shortest-walks.js';
import {
  NodeValue,
  PathValue,
  RelationshipValue,
  type Value,
} from '../../src/cypher/values/types.js';
import { validateDataset } from '../../src/domain/validate.js';
import { readSeedDir } from '../../src/seed/read.js';
import { DatasetGraph } from '../../src/store/embedded/dataset-graph.js';

const TYPES = ['X', 'Y', 'Z'];

/** A random multigraph: `nodes` nodes labelled A and/or B, `rels` relationships of three types. */
function randomGraph(seed: number, nodes: number, rels: number): MemoryGraph {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const g = new MemoryGraph();
  for (let i = 0; i < nodes; i++) {
    const labels = [['A'], ['B'], ['A', 'B'], []][pick(4)] as string[];
    g.createNode(labels, new Map([['id', BigInt(i)]]));
  }
  for (let i = 0; i < rels; i++) {
    const start = pick(nodes);
    // One in eight is a self-loop; the rest may repeat a pair, which makes parallel relationships.
    const end = random() < 0.125 ? start : pick(nodes);
    g.createRelationship(TYPES[pick(3)] as string, start, end, new Map([['w', BigInt(pick(2))]]));
  }
  return g;
}

/** A value as comparable text: nodes by id, relationships by start, type and end. */
function text(v: Value): string {
  if (v instanceof NodeValue) return `(${String(v.graph.nodeProperty(v.id, 'id'))})`;
  if (v instanceof RelationshipValue)
    return `[${v.graph.relStart(v.id)}-${v.graph.relType(v.id)}-${v.graph.relEnd(v.id)}]`;
  if (v instanceof PathValue) return `<${v.nodes.map(text).join(',')}>`;
  if (Array.isArray(v)) return `[${v.map(text).join(',')}]`;
  return String(v);
}

/** The rows of a run, in order when the query sorts them, else sorted. */
function answer(g: MemoryGraph, query: string, a: bigint, general: boolean): string[] {
  const { rows } = runQuery(g, query, {
    params: new Map([['a', a]]),
    generalPlans: general,
    limits: { maxRows: 100_000 },
  });
  const lines = rows.map((r) => r.map(text).join(' | '));
  return query.includes('ORDER BY') ? lines : lines.sort();
}

const SHAPED = [
  'MATCH p = (a {id: $a})-[*0..2]-(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[*0..3]->(b:A) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})<-[:X|Y*0..2]-(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH (a {id: $a}) MATCH p = (a)-[:X*0..]-(b:B) RETURN b.id, min(length(p))',
  'MATCH (a {id: $a})-[r*0..2]-(b) RETURN DISTINCT b.id',
  'MATCH (a {id: $a})-[*0..3 {w: 1}]-(b) RETURN count(DISTINCT b) AS n, max(b.id) AS top',
  'MATCH p = (b:A)-[*0..2]->(a:B {id: $a}) RETURN b.id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[*0..2]-(b) WHERE b.id <> $a RETURN b.id AS id, min(length(p)) AS d ORDER BY d, id LIMIT 3',
  'MATCH (a {id: $a}) OPTIONAL MATCH p = (a)-[:Z*0..1]->(b:B) RETURN a.id, b.id, min(length(p))',
  "OPTIONAL MATCH (a {id: 'none'}) MATCH p = (a)-[*0..2]-(b) RETURN b.id, min(length(p))",
  'MATCH p = (a:A)-[*0..2]-(b:B) RETURN a.id, b.id, min(length(p)) AS d',
  'MATCH (a {id: $a}), (c:B) MATCH p = (a)-[*0..3]-(c) RETURN c.id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[:Y|Z*0..3]-(b) WITH b, min(length(p)) AS d WHERE d > 0 RETURN b.id, d',
  'MATCH p = (a {id: $a})-[*0..2]-(b:A WHERE b.id > 3) RETURN b.id, min(length(p)) + 1 AS d',
  'MATCH p = (a {id: $a})-[*0..0]-(b) RETURN b.id, min(length(p))',
  'MATCH (a {id: $a})-[:Q*0..2]-(b) RETURN DISTINCT b.id',
  'MATCH p = (a {id: $a})-[*0..2]-(a) RETURN a.id, min(length(p))',
  'MATCH p = (a {id: $a})-[*0..3]-(b) RETURN min(length(p)) AS d, count(DISTINCT b) AS n',
  // A least length of 1: the start is an end node only by a cycle through it.
  'MATCH p = (a {id: $a})-[*1..2]-(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[*1..4]-(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[:X|Y*1..3]-(b:A) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[*..3]->(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})<-[*1..4]-(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[:Z*]-(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[*1..3]-(a) RETURN a.id, min(length(p))',
  'MATCH p = (a {id: $a})-[*1..3]->(a) RETURN a.id, min(length(p))',
  'MATCH p = (a {id: $a})-[*1..1]-(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[*1..0]-(b) RETURN b.id AS id, min(length(p)) AS d',
  'MATCH (a {id: $a})-[:Y*1..3 {w: 0}]-(b) RETURN DISTINCT b.id',
  'MATCH p = (a:A)-[*1..3]-(b) WHERE b <> a RETURN a.id, b.id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[*1..3]-(b) RETURN b.id AS id, min(length(p)) AS d ORDER BY min(length(p)) DESC, id LIMIT 4',
  // `b <> a` on the two ends: the search leaves the start out instead of a filter after it.
  'MATCH p = (a {id: $a})-[*1..3]-(b) WHERE b <> a RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (a {id: $a})-[:X|Z*0..2]->(b) WHERE a <> b RETURN b.id AS id, min(length(p)) AS d',
  'MATCH p = (b:A)<-[*1..3]-(a {id: $a}) WHERE b <> a AND b.id > 1 RETURN b.id, min(length(p))',
  'MATCH (a {id: $a}), (c:B) MATCH p = (a)-[*1..3]-(c) WHERE c <> a RETURN c.id, min(length(p))',
  'MATCH (a {id: $a})-[*1..2]-(b) WHERE b <> a OR b.id = 0 RETURN DISTINCT b.id',
];

/** What the recognizer says of the query's last MATCH and the clause after it. */
const walkRel = (query: string) => {
  const { clauses } = parse(query).parts[0] as SingleQuery;
  const at = clauses.findLastIndex((c) => c.kind === 'match');
  return shortestWalkRelationship(clauses[at] as (typeof clauses)[number], clauses[at + 1]);
};

describe('shortest-walk shortcut: which queries take it', () => {
  it('takes the shapes whose walks matter only by end node and least length', () => {
    for (const query of SHAPED) expect(walkRel(query), query).toBeDefined();
  });

  it.each([
    ['every walk is a row', 'MATCH p = (a {id: $a})-[*0..2]-(b) RETURN b.id, length(p)'],
    ['rows are counted', 'MATCH (a {id: $a})-[*0..2]-(b) RETURN b.id, count(*)'],
    ['walks are collected', 'MATCH (a {id: $a})-[r*0..2]-(b) RETURN b.id, collect(r)'],
    ['order of DISTINCT collect', 'MATCH (a {id: $a})-[*0..2]-(b) RETURN collect(DISTINCT b.id)'],
    ['a least length of 2', 'MATCH p = (a {id: $a})-[*2..3]-(b) RETURN b.id, min(length(p))'],
    ['the longest walk', 'MATCH p = (a {id: $a})-[*0..2]-(b) RETURN b.id, max(length(p))'],
    ['the path returned', 'MATCH p = (a {id: $a})-[*0..2]-(b) RETURN DISTINCT p'],
    ['WHERE on the walk', 'MATCH p = (a)-[r*0..2]-(b) WHERE size(r) > 0 RETURN DISTINCT b'],
    ['LIMIT without order', 'MATCH (a {id: $a})-[*0..2]-(b) RETURN DISTINCT b.id LIMIT 2'],
    ['a volatile value', 'MATCH (a {id: $a})-[*0..2]-(b) RETURN DISTINCT b.id, rand()'],
    ['a second relationship', 'MATCH (a)-[*0..2]-(b)-[:X]->(c) RETURN DISTINCT c'],
    ['everything passed on', 'MATCH p = (a)-[*0..2]-(b) WITH * RETURN DISTINCT b'],
    ['a fixed-length relationship', 'MATCH (a)-[r]-(b) RETURN DISTINCT b'],
    [
      'the walk shadowed in a comprehension',
      'MATCH p = (a)-[*0..2]-(b) RETURN b, min([p IN [1] | p][0])',
    ],
  ])('keeps the general plan when %s', (_why, query) => {
    expect(walkRel(query)).toBeUndefined();
  });
});

describe('shortest-walk shortcut: `b <> a` moves into the search', () => {
  const steps = (query: string) => {
    const { clauses } = parse(query).parts[0] as SingleQuery;
    const [match, next] = clauses;
    if (match?.kind !== 'match') throw new Error('a MATCH first');
    const rel = shortestWalkRelationship(match, next) as RelPattern;
    return planMatch(match.patterns, match.where, Scope.empty(), query, { rel, length: true })
      .steps;
  };
  const search = (query: string) => steps(query).find((s) => s.kind === 'expand');

  it('drops the filter and marks the search when the WHERE says the two ends differ', () => {
    for (const where of ['b <> a', 'a <> b', 'a != b']) {
      const query = `MATCH p = (a {id: $a})-[*1..3]-(b) WHERE ${where} RETURN b, min(length(p))`;
      expect(
        steps(query).some((s) => s.kind === 'filter'),
        where,
      ).toBe(false);
      expect(search(query)).toMatchObject({ shortestWalks: { distinctEnds: true } });
    }
  });

  it('keeps a filter for anything else', () => {
    for (const where of ['b <> b', 'b = a', 'NOT b = a', 'b <> a OR b.id = 0', 'b.id <> a.id']) {
      const query = `MATCH p = (a {id: $a})-[*1..3]-(b) WHERE ${where} RETURN b, min(length(p))`;
      expect(
        steps(query).some((s) => s.kind === 'filter'),
        where,
      ).toBe(true);
      expect(search(query), where).not.toMatchObject({ shortestWalks: { distinctEnds: true } });
    }
  });
});

describe('shortest-walk shortcut: same answers as the general plan', () => {
  it.each(SHAPED)('%s', (query) => {
    for (let seed = 1; seed <= 25; seed++) {
      const nodes = 4 + (seed % 9);
      const g = randomGraph(seed, nodes, nodes + 2 * (seed % 7));
      for (const a of [0n, BigInt(nodes - 1), BigInt(seed % nodes)]) {
        const general = answer(g, query, a, true);
        expect(answer(g, query, a, false), `seed ${seed}, a = ${a}`).toEqual(general);
      }
    }
  });

  it('answers where enumerating every walk would pass the expansion limit', () => {
    // Ten nodes, all pairs joined: hundreds of thousands of walks of up to six hops, 90 relationships.
    const g = new MemoryGraph();
    for (let i = 0; i < 10; i++) g.createNode(['A'], new Map([['id', BigInt(i)]]));
    for (let i = 0; i < 10; i++)
      for (let j = i + 1; j < 10; j++) g.createRelationship('X', i, j, new Map());
    const query =
      'MATCH p = (a {id: 0})-[*0..6]-(b) RETURN b.id AS id, min(length(p)) AS d ORDER BY id';
    const limits = { maxExpansions: 10_000 };
    expect(() => runQuery(g, query, { limits, generalPlans: true })).toThrow(CypherError);
    const { rows } = runQuery(g, query, { limits });
    expect(rows).toEqual([[0n, 0n], ...Array.from({ length: 9 }, (_, i) => [BigInt(i + 1), 1n])]);
  });
});

describe("shortest-walk shortcut on the embedded store's view (its adjacency arrays)", () => {
  // Actors' relationships are read from the view's arrays, claims' and sources' (CITES) from
  // relationshipsOf: both kinds of node are searched from here, on the seed and a synthetic graph.
  const views = async () => {
    const seed = await readSeedDir(path.resolve(import.meta.dirname, '../../seed'));
    const synthetic = syntheticDataset({ actors: 300, relationships: 1_500 });
    return [seed, { raw: synthetic, files: undefined }].map(({ raw, files }) => {
      const { dataset, names, layout } = validateDataset(raw, files);
      if (!dataset) throw new Error('a test dataset does not validate');
      const graph = new DatasetGraph(dataset, names, layout);
      const common = Object.entries(graph.typeCounts())
        .sort((x, y) => y[1] - x[1])
        .slice(0, 2)
        .map(([t]) => t);
      return { view: new DatasetView(graph), dataset, types: common.join('|') };
    });
  };
  const run = (view: DatasetView, query: string, params: Record<string, Value>, general: boolean) =>
    runQuery(view, query, {
      params: new Map(Object.entries(params)),
      generalPlans: general,
      limits: { maxRows: 1_000_000, maxExpansions: 50_000_000 },
    })
      .rows.map((r) => r.map(text).join(' | '))
      .sort();

  it('answers as the general plan from actors and from sources', async () => {
    for (const { view, dataset, types } of await views()) {
      const queries = [
        'MATCH p = (a:Actor {id: $a})-[*0..2]-(b) RETURN b.id AS id, min(length(p)) AS d',
        'MATCH p = (a:Actor {id: $a})-[*1..3]->(b:Actor) RETURN b.id, min(length(p))',
        'MATCH p = (a:Actor {id: $a})<-[*1..3]-(b) RETURN b.id, min(length(p))',
        `MATCH p = (a:Actor {id: $a})-[:${types}*1..3]-(b:Actor) WHERE b <> a RETURN b.id, min(length(p))`,
        `MATCH p = (a:Actor {id: $a})-[:${types}*1..3]-(a) RETURN a.id, min(length(p))`,
        'MATCH p = (a:Actor {id: $a})-[*1..3]-(a) RETURN a.id, min(length(p))',
        'MATCH (s:Source {id: $s})<-[*1..2]-(b) RETURN DISTINCT b.id',
        'MATCH (s:Source {id: $s})-[*0..2]-(b) RETURN count(DISTINCT b) AS n',
      ];
      const random = seededRandom(5);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
      for (let k = 0; k < 6; k++) {
        const params = { a: pick(dataset.actors).id, s: pick(dataset.sources).id };
        for (const query of queries) {
          const general = run(view, query, params, true);
          expect(run(view, query, params, false), `${query} with ${params.a}, ${params.s}`).toEqual(
            general,
          );
        }
      }
    }
  });
});
