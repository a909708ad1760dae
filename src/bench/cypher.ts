// The Cypher benchmark: the embedded engine against the native store calls it competes with,
// on the same synthetic graphs, the same random actors and pairs, in the same run, with the
// ratio printed. Neo4j's column needs a server loaded with the same graph (not run here).
import type { Dataset } from '../domain/schema.js';
import { validateDataset } from '../domain/validate.js';
import { DatasetView } from '../cypher/graph/dataset-view.js';
import { runQuery } from '../cypher/index.js';
import type { Value } from '../cypher/values/types.js';
import { DatasetGraph } from '../store/embedded/dataset-graph.js';
import { neighbourhood } from '../store/embedded/neighbourhood.js';
import { shortestPaths } from '../store/embedded/shortest-paths.js';
import { summarize, timeEach } from './stats.js';
import { seededRandom, syntheticDataset } from './synthetic.js';
import { ms, renderTable } from './table.js';

const SIZES = [
  { name: '10k/50k', actors: 10_000, relationships: 50_000 },
  { name: '100k/500k', actors: 100_000, relationships: 500_000 },
];
const SAMPLES = 100;

interface Case {
  name: string;
  /** Inputs: one actor id or a pair. */
  inputs: Array<readonly [string, string]>;
  native: (input: readonly [string, string]) => unknown;
  cypher: string;
  params: (input: readonly [string, string]) => Map<string, Value>;
}

function build(dataset: Dataset): { graph: DatasetGraph; view: DatasetView } {
  const { dataset: valid, names, layout, issues } = validateDataset(dataset);
  if (!valid) throw new Error(`the synthetic dataset does not validate: ${issues[0]?.message}`);
  const graph = new DatasetGraph(valid, names, layout);
  return { graph, view: new DatasetView(graph) };
}

function cases(graph: DatasetGraph, ids: string[]): Case[] {
  const random = seededRandom(11);
  const any = () => ids[Math.floor(random() * ids.length)] as string;
  const pairs = Array.from({ length: SAMPLES }, () => [any(), any()] as const).filter(
    ([a, b]) => a !== b,
  );
  const singles = Array.from({ length: SAMPLES }, () => [any(), ''] as const);
  const common = Object.entries(graph.typeCounts())
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([t]) => t);
  const pair = ([a, b]: readonly [string, string]) =>
    new Map<string, Value>([
      ['a', a],
      ['b', b],
    ]);
  const one = ([a]: readonly [string, string]) => new Map<string, Value>([['a', a]]);
  return [
    {
      name: 'shortestPath (≤6 hops)',
      inputs: pairs,
      native: ([a, b]) =>
        shortestPaths(graph, { from: a, to: b, maxHops: 6, directed: false, limit: 1 }),
      cypher:
        'MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p',
      params: pair,
    },
    {
      name: '2-hop neighbourhood',
      inputs: singles,
      native: ([a]) => neighbourhood(graph, a, { depth: 2 }),
      cypher: 'MATCH (a:Actor {id: $a})-[*1..2]-(b:Actor) RETURN count(DISTINCT b)',
      params: one,
    },
    {
      name: `*1..3 over ${common.join('|')}`,
      inputs: singles,
      native: ([a]) => neighbourhood(graph, a, { depth: 3, types: common }),
      cypher: `MATCH (a:Actor {id: $a})-[:${common.join('|')}*1..3]-(b:Actor) RETURN count(DISTINCT b)`,
      params: one,
    },
    {
      name: 'count by type (all relationships)',
      inputs: singles.slice(0, 10),
      native: () => graph.typeCounts(),
      cypher: 'MATCH (:Actor)-[r]->(:Actor) RETURN type(r) AS type, count(*) AS n',
      params: () => new Map(),
    },
  ];
}

/** Runs both sizes and prints one table: p50 of native and Cypher, and their ratio. */
export async function runCypherBench(print: (line: string) => void = console.log): Promise<void> {
  print(
    `Embedded Cypher engine vs native store calls (p50 ms over ${SAMPLES} inputs; ${process.version})`,
  );
  const table: string[][] = [['query', 'graph', 'native', 'cypher', 'cypher / native', 'target']];
  for (const size of SIZES) {
    const dataset = syntheticDataset(size);
    const { graph, view } = build(dataset);
    const ids = dataset.actors.map((a) => a.id);
    for (const c of cases(graph, ids)) {
      const native = summarize(await timeEach(c.inputs, c.native));
      const cypher = summarize(
        await timeEach(c.inputs, (input) =>
          runQuery(view, c.cypher, { params: c.params(input), limits: { timeoutMs: 60_000 } }),
        ),
      );
      table.push([
        c.name,
        size.name,
        ms(native.p50),
        ms(cypher.p50),
        (cypher.p50 / native.p50).toFixed(2),
        '≤ 3',
      ]);
    }
  }
  print(renderTable(table));
}
