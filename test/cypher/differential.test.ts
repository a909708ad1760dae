// The differential suite: over two hundred read queries — the README's examples, analysts'
// questions and queries generated from the seed and from a synthetic graph — run on the embedded
// engine and on Neo4j, which must give the same results (as multisets unless the query orders
// them). Needs NEO4J_URI; without it the suite is listed as skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import { loadConfig } from '../../src/config.js';
import { CYPHER_EXAMPLES } from '../../src/cypher/examples.js';
import { createCypherRunner, type CypherRunner } from '../../src/cypher/run/runner.js';
import type { CypherAnswer } from '../../src/cypher/wire.js';
import type { Dataset } from '../../src/domain/schema.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { readSeedDir, defaultSeedDir } from '../../src/seed/index.js';
import { validateDataset } from '../../src/domain/validate.js';
import { openStore } from '../../src/store/open.js';
import type { GraphStore } from '../../src/store/types.js';
import { tempDirs } from '../fixtures/store.js';
import { NEO4J_URI } from './support/backends.js';
import { comparableRows, isOrdered } from './support/compare.js';
import { lockNeo4j } from './support/neo4j-lock.js';

interface Case {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  /** Only these columns must agree (any one shortest path is right). */
  compare?: readonly string[];
}

/** Queries that need no data: expressions, lists, strings, CASE, UNWIND, temporal values. */
const EXPRESSIONS: string[] = [
  'RETURN 1 + 2 * 3 AS x, 7 / 2 AS div, 7 % 3 AS mod, 2 ^ 10 AS pow',
  'RETURN 7.0 / 2 AS f, -3 AS neg, abs(-4) AS a, round(2.5) AS r, floor(2.7) AS fl, ceil(2.1) AS c',
  'RETURN toInteger("42") AS i, toFloat("1.5") AS f, toString(12) AS s, toBoolean("true") AS b',
  "RETURN 'ab' + 'cd' AS s, toUpper('abc') AS u, toLower('ABC') AS l, trim('  x ') AS t",
  "RETURN substring('actorgraph', 5) AS a, substring('actorgraph', 0, 5) AS b, left('abc', 2) AS l, right('abc', 2) AS r",
  "RETURN split('a,b,c', ',') AS parts, replace('a-b-c', '-', '+') AS r, reverse('abc') AS rev",
  "RETURN 'Kabul' STARTS WITH 'Ka' AS s, 'Kabul' ENDS WITH 'ul' AS e, 'Kabul' CONTAINS 'bu' AS c, 'Kabul' =~ 'K.*' AS re",
  'RETURN [1, 2, 3] + [4] AS l, size([1, 2, 3]) AS n, head([1, 2]) AS h, last([1, 2]) AS t, tail([1, 2, 3]) AS tl',
  'RETURN range(1, 10) AS r, range(10, 1, -3) AS down, [x IN range(1, 6) WHERE x % 2 = 0 | x * x] AS sq',
  'RETURN [1, 2, 3][1] AS i, [1, 2, 3, 4][1..3] AS s, [1, 2, 3][-1] AS neg',
  'RETURN 3 IN [1, 2, 3] AS yes, 4 IN [1, 2, 3] AS no, null IN [1] AS unknown',
  'RETURN null = null AS a, null <> 1 AS b, null AND false AS c, null OR true AS d, NOT null AS e',
  'RETURN 1 < 2 AS lt, 2 <= 2 AS le, "a" < "b" AS s, 1 = 1.0 AS eq',
  'RETURN coalesce(null, null, 3) AS c, coalesce(null) AS n',
  'RETURN CASE 2 WHEN 1 THEN "one" WHEN 2 THEN "two" ELSE "many" END AS simple',
  'UNWIND [3, 1, 2] AS x RETURN CASE WHEN x > 1 THEN "big" ELSE "small" END AS size, x ORDER BY x',
  'UNWIND range(1, 20) AS x RETURN x % 3 AS k, count(*) AS n, sum(x) AS s, min(x) AS lo, max(x) AS hi ORDER BY k',
  'UNWIND [1, 2, 3, 4] AS x RETURN avg(x) AS mean, stDev(x) AS sd, percentileCont(x, 0.5) AS median, percentileDisc(x, 0.5) AS disc',
  'UNWIND [1, 1, 2, null] AS x RETURN count(x) AS c, count(DISTINCT x) AS d, count(*) AS all',
  'UNWIND [[1, 2], [3]] AS l UNWIND l AS x RETURN x',
  'WITH {a: 1, b: "two", c: [3]} AS m RETURN m.a AS a, m.b AS b, m.c AS c, keys(m) AS k',
  'WITH 5 AS n WHERE n > 3 RETURN n',
  'UNWIND range(1, 10) AS x WITH x WHERE x > 4 RETURN x ORDER BY x DESC SKIP 2 LIMIT 3',
  'UNWIND [1, 2, 2, 3] AS x RETURN DISTINCT x',
  'RETURN 1 AS x UNION RETURN 2 AS x',
  'RETURN 1 AS x UNION ALL RETURN 1 AS x',
  "RETURN date('2024-12-24') AS d, date('2024-12-24').year AS y, date('2024-12-24').month AS m",
  "RETURN date('2024-12-24') < date('2025-01-01') AS before, duration.between(date('2024-12-24'), date('2024-12-28')) AS gap",
  "RETURN datetime('2024-12-24T10:15:00Z') AS dt, localdatetime('2024-12-24T10:15:00') AS ldt",
  "RETURN date('2024-12-24') + duration('P1M') AS later, duration('P1Y2M3DT4H') AS d",
  'RETURN reduce(acc = 0, x IN [1, 2, 3] | acc + x) AS total',
  'RETURN all(x IN [1, 2] WHERE x > 0) AS a, any(x IN [1, 2] WHERE x > 1) AS b, none(x IN [1] WHERE x > 1) AS c, single(x IN [1, 2] WHERE x > 1) AS d',
  'RETURN 9223372036854775807 AS max, -9223372036854775808 AS min',
  "RETURN sqrt(16) AS r, sign(-2) AS s, toInteger(3.9) AS t, 'x' * 1 IS NULL AS bad",
];

function seedCases(data: Dataset): Case[] {
  const cases: Case[] = CYPHER_EXAMPLES.map((e) => ({
    name: `example ${e.id}`,
    query: e.query,
    compare: e.compare,
  }));
  const usedTypes = [...new Set(data.relationships.map((r) => r.type))];
  for (const type of usedTypes) {
    cases.push({
      name: `type ${type}`,
      query: `MATCH (a:Actor)-[r:${type}]->(b:Actor) RETURN a.id, b.id, r.id, r.claimCount, r.contested, r.sources`,
    });
  }
  for (const kind of ACTOR_KINDS) {
    cases.push({
      name: `kind ${kind}`,
      query: `MATCH (a:${kind}) RETURN a.id, a.name, a.aliases, a.dateStart`,
    });
    cases.push({
      name: `kind ${kind} degree`,
      query: `MATCH (a:${kind})-[r]-(:Actor) RETURN a.id, type(r), count(*) AS n`,
    });
  }
  const actors = data.actors.filter((_, i) => i % 3 === 0).map((a) => a.id);
  for (const id of actors) {
    cases.push({
      name: `around ${id}`,
      query:
        'MATCH (a:Actor {id: $id})-[r]-(b:Actor) RETURN type(r), b.id, startNode(r) = a AS outgoing',
      params: { id },
    });
    cases.push({
      name: `two hops ${id}`,
      query:
        'MATCH p = (:Actor {id: $id})-[*1..2]-(b:Actor) RETURN count(p) AS paths, count(DISTINCT b) AS reached',
      params: { id },
    });
  }
  for (let i = 0; i + 1 < actors.length; i += 2) {
    const [from, to] = [actors[i], actors[i + 1]];
    cases.push({
      name: `shortest ${from} ${to}`,
      query:
        'MATCH p = shortestPath((a:Actor {id: $from})-[*..8]-(b:Actor {id: $to})) RETURN length(p) AS hops',
      params: { from, to },
    });
  }
  for (const status of ['reported', 'alleged', 'denied', 'disputed', 'proposed']) {
    cases.push({
      name: `status ${status}`,
      query:
        'MATCH (c:Claim {status: $status})-[:CITES]->(s:Source) RETURN c.id, c.claimedBy, c.summary, s.id',
      params: { status },
    });
  }
  for (const source of data.sources) {
    cases.push({
      name: `source ${source.id}`,
      query:
        'MATCH (s:Source {id: $id})<-[:CITES]-(c:Claim) RETURN c.status, count(*) AS claims, collect(DISTINCT c.relId)[0..0] AS none',
      params: { id: source.id },
    });
  }
  cases.push(
    { name: 'labels', query: 'MATCH (n) RETURN labels(n) AS labels, count(*) AS n' },
    {
      name: 'claims per relationship',
      query:
        'MATCH (a:Actor)-[r]->(b:Actor) OPTIONAL MATCH (c:Claim {relId: r.id}) RETURN r.id, count(c) AS claims, r.claimCount AS stored',
    },
    {
      name: 'contested by type',
      query: 'MATCH ()-[r {contested: true}]->() RETURN type(r), count(*) ORDER BY type(r)',
    },
    {
      name: 'optional match',
      query: 'MATCH (a:ArmedGroup) OPTIONAL MATCH (a)-[:SHELTERS]->(b) RETURN a.id, b.id',
    },
    {
      name: 'pattern predicate',
      query: 'MATCH (a:Actor) WHERE (a)-[:STRIKES]->(:ArmedGroup) RETURN a.id',
    },
    {
      name: 'exists subquery',
      query: 'MATCH (a:Actor) WHERE EXISTS { MATCH (a)<-[:TARGETS]-(:Event) } RETURN a.id',
    },
    {
      name: 'pattern comprehension',
      query: "MATCH (a:Actor {id: 'ttp'}) RETURN size([(a)-[:OPERATES_IN]->(p) | p.id]) AS places",
    },
    {
      name: 'map projection',
      query: "MATCH (a:Actor {id: 'pakistan'}) RETURN a {.id, .name, .kind} AS card",
    },
    { name: 'label alternatives', query: 'MATCH (a:ArmedGroup|Government) RETURN a.id' },
    {
      name: 'type alternatives',
      query: 'MATCH (a)-[r:SHELTERS|SUPPORTS]->(b) RETURN a.id, type(r), b.id',
    },
    { name: 'incoming', query: "MATCH (a:Actor {id: 'pakistan'})<-[r]-(b) RETURN type(r), b.id" },
    {
      name: 'var length typed',
      query: "MATCH (a:Actor {id: 'ttp'})-[:OPERATES_IN|LOCATED_IN*1..3]->(p) RETURN DISTINCT p.id",
    },
    { name: 'symmetric both ways', query: 'MATCH (a)-[r:NEGOTIATES_WITH]-(b) RETURN a.id, b.id' },
    {
      name: 'figures as text',
      query: 'MATCH (c:Claim) WHERE c.figures IS NOT NULL RETURN c.id, c.figures',
    },
    {
      name: 'dated claims',
      query:
        "MATCH (c:Claim) WHERE c.dateStart >= '2024-12-01' RETURN c.id, c.dateStart, c.dateEnd",
    },
    {
      name: 'claimants',
      query:
        "MATCH (c:Claim) WHERE c.claimedBy IN ['author', 'unnamed'] RETURN c.claimedBy, count(*)",
    },
    {
      name: 'order and limit',
      query: 'MATCH (a:Actor) RETURN a.id ORDER BY a.id DESC SKIP 3 LIMIT 10',
    },
    {
      name: 'with aggregation',
      query:
        'MATCH (a:Actor)-[r]-() WITH a, count(r) AS degree WHERE degree > 5 RETURN a.id, degree ORDER BY degree DESC, a.id',
    },
    {
      name: 'unwind aliases',
      query: 'MATCH (a:Actor) UNWIND a.aliases AS alias RETURN a.id, alias',
    },
    {
      name: 'string search',
      query: "MATCH (a:Actor) WHERE toLower(a.name) CONTAINS 'taliban' RETURN a.id",
    },
    { name: 'meta', query: 'MATCH (m:Meta) RETURN m.key' },
    {
      name: 'nodes and rels of a path',
      query:
        "MATCH p = (:Actor {id: 'bla'})-[*1..2]->(b) RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types",
    },
  );
  return [...cases, ...EXPRESSIONS.map((query, i) => ({ name: `expression ${i + 1}`, query }))];
}

function syntheticCases(data: Dataset): Case[] {
  const cases: Case[] = [
    {
      name: 'synthetic count by type',
      query: 'MATCH (:Actor)-[r]->(:Actor) RETURN type(r) AS type, count(*) AS n',
    },
    { name: 'synthetic count by kind', query: 'MATCH (a:Actor) RETURN a.kind, count(*) AS n' },
    {
      name: 'synthetic top degree',
      query:
        'MATCH (a:Actor)-[r]-(:Actor) RETURN a.id, count(r) AS degree ORDER BY degree DESC, a.id LIMIT 20',
    },
    { name: 'synthetic denied', query: "MATCH (c:Claim {status: 'denied'}) RETURN count(*) AS n" },
    {
      name: 'synthetic dated',
      query:
        'MATCH (c:Claim) WHERE c.dateStart IS NOT NULL RETURN count(*) AS n, min(c.dateStart) AS first, max(c.dateStart) AS last',
    },
    {
      name: 'synthetic sources',
      query: 'MATCH (s:Source)<-[:CITES]-(c) RETURN s.id, count(c) AS claims',
    },
  ];
  const ids = data.actors.filter((_, i) => i % 20 === 0).map((a) => a.id);
  const type = RELATIONSHIP_TYPE_NAMES.find((t) => data.relationships.some((r) => r.type === t));
  for (const id of ids) {
    cases.push({
      name: `synthetic 2-hop ${id}`,
      query: 'MATCH (:Actor {id: $id})-[*1..2]-(b:Actor) RETURN count(DISTINCT b) AS reached',
      params: { id },
    });
    cases.push({
      name: `synthetic *1..3 ${id}`,
      query: `MATCH (:Actor {id: $id})-[:${type}*1..3]->(b:Actor) RETURN count(*) AS paths, count(DISTINCT b) AS reached`,
      params: { id },
    });
  }
  for (let i = 0; i + 1 < ids.length; i += 2) {
    const [from, to] = [ids[i], ids[i + 1]];
    cases.push({
      name: `synthetic shortest ${from} ${to}`,
      query:
        'MATCH p = shortestPath((a:Actor {id: $from})-[*..10]-(b:Actor {id: $to})) RETURN length(p) AS hops',
      params: { from, to },
    });
  }
  return cases;
}

async function seedDataset(): Promise<Dataset> {
  const { raw, files } = await readSeedDir(defaultSeedDir());
  return validateDataset(raw, files).dataset as Dataset;
}

const SYNTHETIC = syntheticDataset({ actors: 200, relationships: 1000 });
const SEED = await seedDataset();
const SEED_CASES = seedCases(SEED);
const SYNTHETIC_CASES = syntheticCases(SYNTHETIC);

if (!NEO4J_URI)
  console.log(
    'Differential Cypher suite skipped: set NEO4J_URI to compare the embedded engine with Neo4j',
  );

describe.skipIf(!NEO4J_URI)('differential: embedded engine vs Neo4j', () => {
  const makeDir = tempDirs();
  const stores: Array<{ store: GraphStore; runner: CypherRunner }> = [];
  let unlock: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    unlock = await lockNeo4j(NEO4J_URI as string);
    for (const config of [loadConfig({ ACTORGRAPH_DATA: await makeDir() }), loadConfig()]) {
      const store = await openStore(config);
      stores.push({ store, runner: createCypherRunner(store, config) });
    }
  }, 120_000);
  afterAll(async () => {
    for (const { store, runner } of stores) {
      await runner.close();
      await store.close();
    }
    await unlock?.();
  });

  it('has at least 200 queries', () => {
    expect(SEED_CASES.length + SYNTHETIC_CASES.length).toBeGreaterThanOrEqual(200);
  });

  const agree = async (c: Case) => {
    const run = (r: CypherRunner): Promise<CypherAnswer | string> =>
      r
        .run(c.query, c.params)
        .catch((e: Error & { code?: string }) => `error ${e.code ?? e.message}`);
    const [embedded, neo4j] = (await Promise.all(stores.map((s) => run(s.runner)))) as [
      CypherAnswer | string,
      CypherAnswer | string,
    ];
    if (typeof embedded === 'string' || typeof neo4j === 'string') {
      expect(
        embedded,
        `${c.query}\nNeo4j: ${typeof neo4j === 'string' ? neo4j : 'answered'}`,
      ).toEqual(neo4j);
      return;
    }
    expect(embedded.columns).toEqual(neo4j.columns);
    const keep = (a: CypherAnswer) => {
      const picked = c.compare?.map((name) => a.columns.indexOf(name));
      return picked ? a.rows.map((row) => picked.map((i) => row[i] ?? null)) : a.rows;
    };
    const ordered = isOrdered(c.query);
    expect(comparableRows(keep(embedded), ordered), c.query).toEqual(
      comparableRows(keep(neo4j), ordered),
    );
  };

  describe('on the seed', () => {
    beforeAll(async () => {
      for (const { store } of stores) await store.load(SEED, 'replace');
    }, 120_000);
    it.each(SEED_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => agree(c));
  });

  describe('on a synthetic graph (200 actors, 1,000 relationships)', () => {
    beforeAll(async () => {
      for (const { store } of stores) await store.load(SYNTHETIC, 'replace');
    }, 120_000);
    it.each(SYNTHETIC_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => agree(c));
  });
});
