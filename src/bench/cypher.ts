// The Cypher benchmark: the embedded engine against the native store calls it competes with and,
// when NEO4J_URI is set, against Neo4j running the same Cypher on the same graph (loaded through
// the Neo4j store). Same synthetic graphs, same random actors and pairs, same run; each row
// checks that the three sides give the same answer, then prints p50/p95, ratios and a verdict.
import { loadConfig } from '../config.js';
import type { Dataset } from '../domain/schema.js';
import { validateDataset } from '../domain/validate.js';
import { DatasetView } from '../cypher/graph/dataset-view.js';
import { runQuery } from '../cypher/index.js';
import type { Value } from '../cypher/values/types.js';
import { DatasetGraph } from '../store/embedded/dataset-graph.js';
import { shortestPaths } from '../store/embedded/shortest-paths.js';
import { bfsDistances } from '../store/embedded/traversal.js';
import { openNeo4jSide, type Neo4jSide } from './cypher-neo4j.js';
import { medianPerInput, summarize, timeEach, type Summary } from './stats.js';
import { seededRandom, syntheticDataset } from './synthetic.js';
import { ms, renderTable } from './table.js';

const SIZES = [
  { name: '10k/50k', actors: 10_000, relationships: 50_000 },
  { name: '100k/500k', actors: 100_000, relationships: 500_000 },
];
/** CYPHER_BENCH_SIZES=10k/50k runs fewer sizes: loading Neo4j through its store takes minutes. */
function chosenSizes(): typeof SIZES {
  const asked = process.env.CYPHER_BENCH_SIZES?.split(',').map((s) => s.trim());
  if (!asked) return SIZES;
  const unknown = asked.filter((a) => !SIZES.some((s) => s.name === a));
  if (unknown.length > 0)
    throw new Error(
      `CYPHER_BENCH_SIZES: unknown size(s) ${unknown.join(', ')} (known: ${SIZES.map((s) => s.name).join(', ')})`,
    );
  return SIZES.filter((s) => asked.includes(s.name));
}
const SAMPLES = 100;
/** Inputs whose answers are compared across the sides before timing. */
const CHECKED = 5;
const NATIVE_TARGET = 3;
/**
 * Rounds of the in-process sides, alternating which goes first; each input's time is its median
 * over them. Neo4j's calls take milliseconds over the network, and one round of them is enough.
 */
const ROUNDS = 5;

type Input = readonly [string, string];
type Rows = unknown[][];

interface Case {
  name: string;
  inputs: Input[];
  /** The native store call, and its answer in the form `answer` gives the rows. */
  native: (input: Input) => unknown;
  nativeAnswer: (result: unknown) => string;
  cypher: string;
  params: (input: Input) => Record<string, string>;
  /** The query's rows reduced to what must agree: every side returns the same columns. */
  answer: (rows: Rows) => string;
}

function build(dataset: Dataset): { graph: DatasetGraph; view: DatasetView } {
  const { dataset: valid, names, layout, issues } = validateDataset(dataset);
  if (!valid) throw new Error(`the synthetic dataset does not validate: ${issues[0]?.message}`);
  const graph = new DatasetGraph(valid, names, layout);
  return { graph, view: new DatasetView(graph) };
}

const sorted = (items: string[]) => items.sort().join(',');
/** Actor id and distance of each row, as both sides of a neighbourhood row answer. */
const distances = (rows: Rows) => sorted(rows.map(([id, d]) => `${String(id)}:${String(d)}`));

/**
 * The actors within `depth` hops (types among `types`) with their distance, found natively;
 * `from` 1 leaves the start out.
 */
function nativeDistances(
  graph: DatasetGraph,
  id: string,
  depth: number,
  types?: string[],
  from: 0 | 1 = 0,
) {
  const { hops, reached } = bfsDistances(
    graph,
    graph.position(id) as number,
    'any',
    graph.typeMask(types && new Set(types)),
    depth,
  );
  return reached.slice(from).map((node) => `${graph.actorAt(node).id}:${hops.get(node)}`);
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
  const pair = ([a, b]: Input) => ({ a, b });
  const one = ([a]: Input) => ({ a });
  return [
    {
      // One shortest path on each side (native limit 1); tied paths may differ, lengths may not.
      name: 'shortestPath (≤6 hops)',
      inputs: pairs,
      native: ([a, b]) =>
        shortestPaths(graph, { from: a, to: b, maxHops: 6, directed: false, limit: 1 }),
      nativeAnswer: (r) => {
        const path = (r as ReturnType<typeof shortestPaths>).paths[0];
        return path ? String(path.hops.length) : 'none';
      },
      cypher:
        'MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS ids',
      params: pair,
      answer: (rows) => (rows[0] ? String(rows[0][0]) : 'none'),
    },
    {
      name: '2-hop neighbourhood (ids, distance)',
      inputs: singles,
      native: ([a]) => nativeDistances(graph, a, 2),
      nativeAnswer: (r) => sorted(r as string[]),
      cypher:
        'MATCH p = (a:Actor {id: $a})-[*0..2]-(b:Actor) RETURN b.id AS id, min(length(p)) AS distance',
      params: one,
      answer: distances,
    },
    {
      // The issue's *1..3. Its start actor is an end actor too when a cycle of at most 3 passes
      // through it, which the native BFS does not look for: both sides answer for the others.
      name: `*1..3 over ${common.join('|')} (ids, distance)`,
      inputs: singles,
      native: ([a]) => nativeDistances(graph, a, 3, common, 1),
      nativeAnswer: (r) => sorted(r as string[]),
      cypher: `MATCH p = (a:Actor {id: $a})-[:${common.join('|')}*1..3]-(b:Actor) WHERE b <> a RETURN b.id AS id, min(length(p)) AS distance`,
      params: one,
      answer: distances,
    },
    {
      name: 'count by type (all relationships)',
      inputs: singles.slice(0, 10),
      native: () => graph.typeCounts(),
      nativeAnswer: (r) =>
        sorted(Object.entries(r as Record<string, number>).map(([t, n]) => `${t}:${n}`)),
      cypher: 'MATCH (:Actor)-[r]->(:Actor) RETURN type(r) AS type, count(*) AS n',
      params: () => ({}),
      answer: (rows) => sorted(rows.map(([t, n]) => `${String(t)}:${String(n)}`)),
    },
  ];
}

interface Side {
  name: string;
  run: (c: Case, input: Input) => Promise<string> | string;
}

function sides(view: DatasetView, neo4j: Neo4jSide | undefined): Side[] {
  const engine: Side = {
    name: 'engine',
    run: (c, input) =>
      c.answer(
        runQuery(view, c.cypher, {
          params: new Map<string, Value>(Object.entries(c.params(input))),
          // A neighbourhood can hold most of the graph: all its rows are part of the answer.
          limits: { timeoutMs: 60_000, maxRows: 1_000_000 },
        }).rows,
      ),
  };
  const native: Side = { name: 'native', run: (c, input) => c.nativeAnswer(c.native(input)) };
  if (!neo4j) return [native, engine];
  const server: Side = {
    name: 'Neo4j',
    run: async (c, input) =>
      c.answer((await neo4j.read(c.cypher, c.params(input))).map((row) => Object.values(row))),
  };
  return [native, engine, server];
}

/** The sides that disagree with the native answer on the first inputs (empty when all agree). */
async function disagreements(c: Case, all: Side[]): Promise<string[]> {
  const wrong = new Set<string>();
  for (const input of c.inputs.slice(0, CHECKED)) {
    const expected = c.nativeAnswer(c.native(input));
    for (const side of all) if ((await side.run(c, input)) !== expected) wrong.add(side.name);
  }
  return [...wrong];
}

/** Each input's median time over ROUNDS rounds of two in-process sides taking turns to go first. */
async function timeInTurns(c: Case, pair: readonly [Side, Side]): Promise<[Summary, Summary]> {
  const rounds: [number[][], number[][]] = [[], []];
  for (let r = 0; r < ROUNDS; r++)
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const side = pair[k] as Side;
      const times = await timeEach(c.inputs, (input) => side.run(c, input), {
        warmUp: r === 0 ? 50 : 0,
      });
      rounds[k as 0 | 1].push(times);
    }
  return [summarize(medianPerInput(rounds[0])), summarize(medianPerInput(rounds[1]))];
}

const ratio = (a: Summary, b: Summary | undefined) => (b ? (a.p50 / b.p50).toFixed(2) : '-');
const both = (s: Summary | undefined) => (s ? `${ms(s.p50)} / ${ms(s.p95)}` : '-');

function verdict(engine: Summary, native: Summary, neo4j: Summary | undefined): string {
  const missed = [];
  if (engine.p50 > NATIVE_TARGET * native.p50) missed.push(`> ${NATIVE_TARGET}x native`);
  if (neo4j && engine.p50 >= neo4j.p50) missed.push('not faster than Neo4j');
  return missed.length === 0 ? 'met' : `missed (${missed.join(', ')})`;
}

/** Runs both sizes and prints one table: p50/p95 of each side, the ratios and the verdict. */
export async function runCypherBench(print: (line: string) => void = console.log): Promise<void> {
  const cfg = loadConfig().neo4j;
  const neo4j = cfg ? await openNeo4jSide(cfg) : undefined;
  print(
    `Embedded Cypher engine vs native store calls${neo4j ? ` vs Neo4j at ${cfg?.uri}` : ''} ` +
      `(p50 / p95 ms over ${SAMPLES} inputs, each its median of ${ROUNDS} rounds in process, one round on Neo4j; ratios of p50; ${process.version})`,
  );
  if (!neo4j) print('Neo4j column: skipped, set NEO4J_URI (e.g. npm run neo4j) to run it');
  const table: string[][] = [
    ['query', 'graph', 'native', 'engine', 'Neo4j', 'engine/native', 'engine/Neo4j', 'verdict'],
  ];
  try {
    for (const size of chosenSizes()) {
      const dataset = syntheticDataset(size);
      const { graph, view } = build(dataset);
      if (neo4j) {
        const start = performance.now();
        const loaded = await neo4j.load(dataset);
        print(
          loaded
            ? `Neo4j: ${size.name} actors and relationships written in ${ms(performance.now() - start)} ms`
            : `Neo4j: ${size.name} already held (same actor and relationship counts), not reloaded`,
        );
      }
      const all = sides(view, neo4j);
      for (const c of cases(
        graph,
        dataset.actors.map((a) => a.id),
      )) {
        const wrong = await disagreements(c, all);
        const [native, engine] = await timeInTurns(c, [all[0] as Side, all[1] as Side]);
        const server = all[2] && summarize(await timeEach(c.inputs, (i) => all[2]?.run(c, i)));
        table.push([
          c.name,
          size.name,
          both(native),
          both(engine),
          both(server),
          ratio(engine, native),
          ratio(engine, server),
          wrong.length > 0
            ? `answers differ (${wrong.join(', ')})`
            : verdict(engine, native, server),
        ]);
      }
    }
  } finally {
    await neo4j?.close();
  }
  print(renderTable(table));
  print(`Targets: engine within ${NATIVE_TARGET}x of native and faster than Neo4j on every row.`);
}
