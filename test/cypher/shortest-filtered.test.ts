// shortestPath and allShortestPaths under a WHERE on the path, against an oracle on small random
// graphs: the least length among the variable-length matches that pass the same WHERE, and every
// passing match of that length (both use trails: no relationship twice).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/synthetic.js';
import { MemoryGraph } from '../../src/cypher/graph/memory.js';
import { runQuery } from '../../src/cypher/index.js';

const TYPES = ['A', 'B', 'C'];
const WHERES = [
  "none(r IN relationships(p) WHERE type(r) = 'A')",
  "any(r IN relationships(p) WHERE type(r) = 'B')",
  'length(p) >= 3',
  "single(r IN relationships(p) WHERE type(r) = 'C') AND all(n IN nodes(p) WHERE n.i <> 3)",
];

function randomGraph(seed: number): MemoryGraph {
  const random = seededRandom(seed);
  const g = new MemoryGraph();
  const nodes = Array.from({ length: 7 }, (_, i) => `(n${i}:N {i: ${i}})`);
  const rels = Array.from({ length: 12 }, () => {
    const [a, b] = [Math.floor(random() * 7), Math.floor(random() * 7)];
    return `(n${a})-[:${TYPES[Math.floor(random() * 3)]}]->(n${b})`;
  });
  runQuery(g, `CREATE ${[...nodes, ...rels].join(', ')}`, { write: true });
  return g;
}

const value = (g: MemoryGraph, q: string) => runQuery(g, q).rows.map((r) => r.map(String));

describe('shortest paths with a WHERE on the path', () => {
  it('match the least passing variable-length matches on 20 random graphs', () => {
    let nonEmpty = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const g = randomGraph(seed);
      for (const where of WHERES)
        for (const [a, b] of [
          [0, 1],
          [2, 5],
          [4, 6],
        ]) {
          const ends = `MATCH (a:N {i: ${a}}), (b:N {i: ${b}}) `;
          const oracle = value(
            g,
            `${ends}MATCH p = (a)-[*1..5]-(b) WHERE ${where} WITH length(p) AS l, [r IN relationships(p) | id(r)] AS rs ORDER BY l WITH collect([l, rs]) AS all WITH [x IN all WHERE x[0] = all[0][0] | x[1]] AS least UNWIND least AS rs RETURN rs`,
          );
          const shortest = value(
            g,
            `${ends}MATCH p = shortestPath((a)-[*..5]-(b)) WHERE ${where} RETURN [r IN relationships(p) | id(r)]`,
          );
          const every = value(
            g,
            `${ends}MATCH p = allShortestPaths((a)-[*..5]-(b)) WHERE ${where} RETURN [r IN relationships(p) | id(r)]`,
          );
          const context = `seed ${seed}, ${a}-${b}, WHERE ${where}`;
          expect(every.map(String).sort(), context).toEqual(oracle.map(String).sort());
          expect(shortest.length, context).toBe(Math.min(oracle.length, 1));
          if (shortest[0]) expect(oracle.map(String), context).toContain(String(shortest[0]));
          if (oracle.length > 0) nonEmpty++;
        }
    }
    // The graphs are dense enough that most questions have an answer.
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('applies all/none over the relationships during the search, not by trying every trail', () => {
    // A chain of 30 A relationships, every node also joined to a hub by B: avoiding B leaves
    // only the chain, while the trails through the hub grow exponentially with their length.
    const g = new MemoryGraph();
    const nodes = Array.from({ length: 31 }, (_, i) => `(n${i}:N {i: ${i}})`);
    const chain = Array.from({ length: 30 }, (_, i) => `(n${i})-[:A]->(n${i + 1})`);
    const star = Array.from({ length: 31 }, (_, i) => `(hub)-[:B]->(n${i})`);
    runQuery(g, `CREATE (hub:Hub), ${[...nodes, ...chain, ...star].join(', ')}`, { write: true });
    const query = (where: string) =>
      runQuery(
        g,
        `MATCH (a:N {i: 0}), (b:N {i: 30}) MATCH p = shortestPath((a)-[*..40]-(b)) WHERE ${where} RETURN length(p)`,
        { limits: { maxExpansions: 5000 } },
      ).rows.map((r) => r.map(Number));
    expect(query("none(r IN relationships(p) WHERE type(r) = 'B')")).toEqual([[30]]);
    expect(query("all(r IN relationships(p) WHERE type(r) = 'A')")).toEqual([[30]]);
  });
});
