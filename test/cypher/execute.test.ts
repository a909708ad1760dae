// The engine end to end on small in-memory graphs: matching, null semantics, aggregation,
// ordering, subqueries, writes with their statistics, read-only refusal, limits and the
// features it names as unsupported.
import { beforeEach, describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/errors.js';
import { MemoryGraph } from '../../src/cypher/graph/memory.js';
import { runQuery } from '../../src/cypher/index.js';
import type { CypherLimits } from '../../src/cypher/limits.js';
import {
  NodeValue,
  PathValue,
  RelationshipValue,
  type Value,
} from '../../src/cypher/values/types.js';

/** Values as plain data: integers as numbers, nodes by name, relationships by type, paths as lists. */
function plain(v: Value): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [k, plain(x)]));
  if (v instanceof NodeValue) return v.graph.nodeProperty(v.id, 'name');
  if (v instanceof RelationshipValue) return v.graph.relType(v.id);
  if (v instanceof PathValue) return v.nodes.map(plain);
  return v;
}

let g: MemoryGraph;

function rows(
  query: string,
  params?: Record<string, Value>,
  limits?: Partial<CypherLimits>,
): unknown[][] {
  const result = runQuery(g, query, {
    params: new Map(Object.entries(params ?? {})),
    ...(limits && { limits }),
  });
  return result.rows.map((r) => r.map(plain));
}

function failure(query: string, options: Parameters<typeof runQuery>[2] = {}): CypherError {
  try {
    runQuery(g, query, options);
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error(`no error for ${query}`);
}

beforeEach(() => {
  g = new MemoryGraph();
  runQuery(
    g,
    `CREATE (ttp:Group {name: 'TTP', size: 6000}), (aig:Gov {name: 'AIG'}), (pk:State {name: 'Pakistan'}),
            (kabul:Place {name: 'Kabul'}),
            (aig)-[:SHELTERS {since: 2021}]->(ttp), (pk)-[:STRIKES]->(ttp), (ttp)-[:ATTACKS]->(pk),
            (aig)-[:SEATED_IN]->(kabul), (pk)-[:NEGOTIATES_WITH]->(aig)`,
    { write: true },
  );
});

describe('MATCH', () => {
  it('follows directions and type alternatives', () => {
    expect(rows("MATCH (a {name: 'TTP'})<-[r]-(b) RETURN b, type(r) ORDER BY b.name")).toEqual([
      ['AIG', 'SHELTERS'],
      ['Pakistan', 'STRIKES'],
    ]);
    expect(
      rows("MATCH (a {name: 'TTP'})-[:SHELTERS|ATTACKS]-(b) RETURN b ORDER BY b.name"),
    ).toEqual([['AIG'], ['Pakistan']]);
    expect(rows("MATCH (a {name: 'TTP'})-->(b) RETURN b")).toEqual([['Pakistan']]);
  });

  it('uses each relationship once per match', () => {
    // a-b-a would need the same relationship twice
    expect(rows("MATCH (a {name: 'AIG'})-[:SEATED_IN]-(b)-[:SEATED_IN]-(c) RETURN c")).toEqual([]);
  });

  it('walks variable-length relationships and builds named paths', () => {
    expect(
      rows(
        "MATCH p = (a {name: 'Pakistan'})-[:NEGOTIATES_WITH|SEATED_IN*1..2]->(b) RETURN p ORDER BY length(p)",
      ),
    ).toEqual([[['Pakistan', 'AIG']], [['Pakistan', 'AIG', 'Kabul']]]);
    expect(rows("MATCH (a {name: 'Kabul'})<-[rs*2]-(b) RETURN [r IN rs | type(r)], b")).toEqual([
      [['SEATED_IN', 'NEGOTIATES_WITH'], 'Pakistan'],
    ]);
  });

  it('finds shortest paths', () => {
    expect(
      rows(
        "MATCH (a {name: 'TTP'}), (b {name: 'Kabul'}) MATCH p = shortestPath((a)-[*]-(b)) RETURN p",
      ),
    ).toEqual([[['TTP', 'AIG', 'Kabul']]]);
    expect(
      rows(
        "MATCH (a {name: 'TTP'}), (b {name: 'AIG'}) MATCH p = allShortestPaths((a)-[*]-(b)) RETURN length(p)",
      ),
    ).toEqual([[1]]);
  });

  it('finds the shortest paths that satisfy a WHERE on the path, as Neo4j 5.26 does', () => {
    const ends = "MATCH (a {name: 'TTP'}), (b {name: 'Kabul'}) ";
    // Each answer below is Neo4j 5.26's on the same graph.
    expect(
      rows(
        `${ends}MATCH p = allShortestPaths((a)-[*]-(b)) WHERE none(r IN relationships(p) WHERE type(r) = 'SHELTERS') RETURN p`,
      ),
    ).toEqual([[['TTP', 'Pakistan', 'AIG', 'Kabul']], [['TTP', 'Pakistan', 'AIG', 'Kabul']]]);
    // A trail may pass a node twice, never a relationship.
    expect(
      rows(`${ends}MATCH p = shortestPath((a)-[*]-(b)) WHERE length(p) >= 4 RETURN p`),
    ).toEqual([[['TTP', 'Pakistan', 'TTP', 'AIG', 'Kabul']]]);
    expect(
      rows(
        `${ends}MATCH p = allShortestPaths((a)-[*]-(b)) WHERE length(p) >= 4 RETURN [r IN relationships(p) | type(r)]`,
      ),
    ).toEqual([
      [['ATTACKS', 'STRIKES', 'SHELTERS', 'SEATED_IN']],
      [['STRIKES', 'ATTACKS', 'SHELTERS', 'SEATED_IN']],
    ]);
    expect(
      rows(`${ends}MATCH p = shortestPath((a)-[*]-(b)) WHERE length(p) >= 6 RETURN p`),
    ).toEqual([]);
    expect(
      rows(
        `${ends}MATCH p = shortestPath((a)-[rs*..3]-(b)) WHERE any(r IN rs WHERE type(r) = 'NEGOTIATES_WITH') AND single(n IN nodes(p) WHERE n.name = 'Pakistan') RETURN length(p)`,
      ),
    ).toEqual([[3]]);
  });

  it('pads OPTIONAL MATCH with nulls', () => {
    expect(rows('MATCH (n:Place) OPTIONAL MATCH (n)-[:SHELTERS]->(m) RETURN n, m')).toEqual([
      ['Kabul', null],
    ]);
  });

  it('filters with pattern predicates and EXISTS', () => {
    expect(rows('MATCH (n) WHERE (n)-[:SHELTERS]->() RETURN n')).toEqual([['AIG']]);
    expect(rows('MATCH (n) WHERE NOT EXISTS { MATCH (n)-->() } RETURN n')).toEqual([['Kabul']]);
    expect(rows('MATCH (n) WHERE n:Gov OR n:Place RETURN n ORDER BY n.name')).toEqual([
      ['AIG'],
      ['Kabul'],
    ]);
  });
});

describe('expressions and nulls', () => {
  it('uses three-valued logic', () => {
    expect(
      rows('RETURN null = null, null OR true, null AND false, NOT null, 1 IN [null, 2]'),
    ).toEqual([[null, true, false, null, null]]);
    expect(rows('MATCH (n) WHERE n.size > 1000 RETURN n')).toEqual([['TTP']]);
  });

  it('computes comprehensions, CASE, map projections and string predicates', () => {
    expect(
      rows("MATCH (n {name: 'TTP'}) RETURN n {.name, kind: 'group'}, [(n)<--(m) | m.name]"),
    ).toEqual([[{ name: 'TTP', kind: 'group' }, ['AIG', 'Pakistan']]]);
    expect(
      rows(
        "RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END, 'Kabul' STARTS WITH 'Ka', 'ab' =~ 'a.'",
      ),
    ).toEqual([['two', true, true]]);
  });

  it('reads parameters and says which one is missing', () => {
    expect(rows('MATCH (n {name: $name}) RETURN n', { name: 'AIG' })).toEqual([['AIG']]);
    expect(failure('RETURN $nope').code).toBe('parameter');
  });
});

describe('projection', () => {
  it('groups, counts and orders', () => {
    expect(
      rows('MATCH (n)-[r]->() RETURN n.name AS name, count(*) AS c ORDER BY c DESC, name'),
    ).toEqual([
      ['AIG', 2],
      ['Pakistan', 2],
      ['TTP', 1],
    ]);
    expect(rows('MATCH (n) RETURN count(DISTINCT labels(n)), collect(n.size)')).toEqual([
      [4, [6000]],
    ]);
    expect(rows('MATCH (n:Nothing) RETURN count(*)')).toEqual([[0]]);
  });

  it('orders across types and nulls last, and pages', () => {
    expect(rows("UNWIND [3, 'a', null, 1.5, true] AS x RETURN x ORDER BY x")).toEqual([
      ['a'],
      [true],
      [1.5],
      [3],
      [null],
    ]);
    expect(rows('UNWIND range(1, 10) AS x RETURN x ORDER BY x DESC SKIP 2 LIMIT 3')).toEqual([
      [8],
      [7],
      [6],
    ]);
    // null is the largest value, so it comes first in descending order
    expect(rows('MATCH (n) RETURN n.name ORDER BY n.size DESC, n.name LIMIT 2')).toEqual([
      ['AIG'],
      ['Kabul'],
    ]);
    expect(rows('MATCH (n) RETURN n.name ORDER BY n.size, n.name LIMIT 1')).toEqual([['TTP']]);
  });

  it('orders by an expression over aggregates that are projection items of their own', () => {
    expect(
      rows('UNWIND [1, 2, 2, 3] AS x RETURN x, count(*) AS c ORDER BY -count(*), x DESC'),
    ).toEqual([
      [2, 2],
      [3, 1],
      [1, 1],
    ]);
    expect(failure('UNWIND [1, 2] AS x RETURN x, count(*) AS c ORDER BY max(x)')).toMatchObject({
      code: 'semantic',
      message: expect.stringMatching(/max\(x\) must also be a projection item/),
    });
    expect(failure('UNWIND [1, 2] AS x RETURN x ORDER BY count(*)')).toMatchObject({
      code: 'semantic',
      message: expect.stringMatching(/no aggregate expressions in the preceding RETURN/),
    });
  });

  it('keeps DISTINCT, UNION and UNION ALL apart', () => {
    expect(rows('UNWIND [1, 1.0, 2] AS x RETURN DISTINCT x')).toEqual([[1], [2]]);
    expect(rows('RETURN 1 AS x UNION RETURN 1 AS x')).toEqual([[1]]);
    expect(rows('RETURN 1 AS x UNION ALL RETURN 1 AS x')).toEqual([[1], [1]]);
  });

  it('runs CALL subqueries per row', () => {
    expect(
      rows('MATCH (n:State) CALL { WITH n MATCH (n)-->(m) RETURN count(m) AS out } RETURN n, out'),
    ).toEqual([['Pakistan', 2]]);
  });
});

describe('COLLECT { } subqueries', () => {
  it('list the one returned column over the rows, per outer row, nulls kept', () => {
    expect(
      rows(
        'MATCH (n) RETURN n, COLLECT { MATCH (n)-->(m) RETURN m.name ORDER BY m.name } AS out ORDER BY n.name',
      ),
    ).toEqual([
      ['AIG', ['Kabul', 'TTP']],
      ['Kabul', []],
      ['Pakistan', ['AIG', 'TTP']],
      ['TTP', ['Pakistan']],
    ]);
    expect(rows('RETURN COLLECT { UNWIND [1, null, 1] AS x RETURN x } AS l')).toEqual([
      [[1, null, 1]],
    ]);
    expect(
      rows('RETURN COLLECT { UNWIND [2, 1] AS x RETURN x UNION RETURN 3 AS x } AS l, 1 AS k'),
    ).toEqual([[[2, 1, 3], 1]]);
    expect(
      rows(
        "MATCH (n {name: 'TTP'}) RETURN size(COLLECT { MATCH (n)--(m) RETURN DISTINCT m }) AS c",
      ),
    ).toEqual([[2]]);
  });

  it('must end with a single return column and make no updates, as Neo4j requires', () => {
    for (const q of [
      'RETURN COLLECT { UNWIND [1] AS x RETURN x, x AS y } AS l',
      'RETURN COLLECT { UNWIND [1] AS x RETURN * } AS l',
      'RETURN COLLECT { MATCH (n) } AS l',
    ])
      expect(failure(q)).toMatchObject({ code: 'syntax', message: /single return column/ });
    expect(failure('RETURN COLLECT { CREATE (n) RETURN n } AS l', { write: true })).toMatchObject({
      code: 'syntax',
      message: /cannot contain any updates/,
    });
  });
});

describe('exists(pattern)', () => {
  it('is a boolean anywhere, as in Neo4j 5, where a bare pattern is only a predicate', () => {
    expect(
      rows('MATCH (n) RETURN n, exists((n)-[:SHELTERS]->()) AS shelters ORDER BY n.name'),
    ).toEqual([
      ['AIG', true],
      ['Kabul', false],
      ['Pakistan', false],
      ['TTP', false],
    ]);
    expect(
      rows('MATCH (n) WITH exists((n)-->()) AS out RETURN out, count(*) ORDER BY out'),
    ).toEqual([
      [false, 1],
      [true, 3],
    ]);
    expect(
      rows("MATCH (n {name: 'TTP'}) RETURN CASE WHEN NOT exists((n)<-[:STRIKES]-()) THEN 1 END"),
    ).toEqual([[null]]);
  });

  it('refuses what Neo4j refuses, as syntax errors', () => {
    expect(failure('MATCH (n) RETURN (n)-->() AS p')).toMatchObject({
      code: 'syntax',
      message: /should only be used in order to test the existence of a pattern/,
    });
    expect(failure('MATCH (n) RETURN exists((n)-->(m))')).toMatchObject({
      code: 'syntax',
      message: /not allowed to introduce new variables: 'm'/,
    });
    expect(failure('MATCH (n) RETURN exists(n.name)')).toMatchObject({
      code: 'syntax',
      message: /property existence syntax/,
    });
    expect(failure('MATCH (n) RETURN exists((n))').message).toMatch(/not a pattern/);
    expect(failure('MATCH (n) RETURN exists((n)-->(), (n)-->())').message).toMatch(
      /Too many parameters/,
    );
  });
});

describe('semantic errors', () => {
  it('name unknown variables and functions before running', () => {
    expect(failure('MATCH (n) RETURN m')).toMatchObject({
      code: 'semantic',
      message: expect.stringMatching(/`m` not defined/),
    });
    expect(failure('RETURN nosuch(1)')).toMatchObject({
      code: 'semantic',
      message: expect.stringMatching(/Unknown function 'nosuch'/),
    });
    expect(failure('RETURN count(count(*))').code).toBe('semantic');
    expect(failure('MATCH (n) RETURN n.name, count(*) AS c, c').code).toBe('semantic');
  });

  it('reject operands whose type is known to be wrong before running, as type errors as Neo4j does', () => {
    expect(failure("RETURN 'x' + date('2020-01-01')")).toMatchObject({
      code: 'type',
      message: expect.stringMatching(/STRING and a DATE/),
    });
    expect(failure("RETURN 'x' + true").code).toBe('type');
    expect(failure("RETURN 'x' * 1")).toMatchObject({ code: 'type', message: /^Type mismatch/ });
    expect(failure('RETURN NOT 1').code).toBe('type');
    expect(failure('RETURN 1 AND true').code).toBe('type');
    // A variable bound as a node and used as a relationship is Neo4j's "Type mismatch" too.
    expect(failure('MATCH (n)-[n]->() RETURN n').code).toBe('type');
    expect(failure("RETURN -duration('P1D')")).toMatchObject({
      code: 'type',
      message: expect.stringMatching(/unary - expects a number but got DURATION/),
    });
    // At run time a value of any type still joins a string; a duration still cannot be negated.
    expect(rows("UNWIND [date('2020-01-01'), true] AS v RETURN 'x' + v")).toEqual([
      ['x2020-01-01'],
      ['xtrue'],
    ]);
    expect(failure("UNWIND [duration('P1D')] AS d RETURN -d").code).toBe('type');
  });

  it('reject type errors at run time as type errors, never crashes', () => {
    expect(failure("WITH 'a' AS s RETURN s - 1").code).toBe('type');
    expect(failure('WITH 9223372036854775807 AS big RETURN big + 1').code).toBe('argument');
  });
});

describe('read-only runs', () => {
  it('refuse every write clause, naming it and its position', () => {
    for (const [query, clause] of [
      ['CREATE (n)', 'CREATE'],
      ['MATCH (n) SET n.x = 1', 'SET'],
      ['MATCH (n)\nDETACH DELETE n', 'DELETE'],
      ["MERGE (n {name: 'x'})", 'MERGE'],
      ['MATCH (n) REMOVE n.size', 'REMOVE'],
      ['FOREACH (x IN [1] | CREATE ())', 'FOREACH'],
      ["LOAD CSV FROM 'file:///x' AS row RETURN row", 'LOAD CSV'],
    ]) {
      const e = failure(query as string);
      expect(e.code).toBe('read-only');
      expect(e.message).toContain(clause as string);
      expect(e.position).toBeDefined();
    }
    expect(failure('MATCH (n)\nDETACH DELETE n').position).toMatchObject({ line: 2, column: 1 });
    expect(rows('MATCH (n) RETURN count(*)')).toEqual([[4]]);
  });
});

describe('writes (write mode)', () => {
  it('count what they do', () => {
    const r = runQuery(
      g,
      "MATCH (n:Place) SET n.pop = 4 REMOVE n:Place SET n:City CREATE (n)-[:IN]->(:Country {name: 'AF'})",
      { write: true },
    );
    expect(r.statistics).toMatchObject({
      propertiesSet: 2,
      labelsAdded: 2,
      labelsRemoved: 1,
      nodesCreated: 1,
      relationshipsCreated: 1,
    });
    const d = runQuery(g, "MATCH (n {name: 'TTP'}) DETACH DELETE n", { write: true });
    expect(d.statistics).toMatchObject({ nodesDeleted: 1, relationshipsDeleted: 3 });
    expect(failure("MATCH (n {name: 'AIG'}) DELETE n", { write: true }).message).toMatch(
      /DETACH DELETE/,
    );
  });

  it('MERGE matches or creates', () => {
    const first = runQuery(
      g,
      "MERGE (n:State {name: 'Pakistan'}) ON MATCH SET n.seen = true RETURN n.seen",
      { write: true },
    );
    expect(first.statistics.nodesCreated).toBe(0);
    expect(first.rows.map((r) => r.map(plain))).toEqual([[true]]);
    const second = runQuery(
      g,
      "MERGE (n:State {name: 'Iran'}) ON CREATE SET n.new = true RETURN n.new",
      { write: true },
    );
    expect(second.statistics.nodesCreated).toBe(1);
  });
});

describe('limits', () => {
  it('truncate rows past maxRows', () => {
    const r = runQuery(g, 'UNWIND range(1, 10) AS x RETURN x', { limits: { maxRows: 3 } });
    expect(r.rows).toHaveLength(3);
    expect(r.truncated).toBe(true);
  });

  it('stop runaway expansions, held rows and long queries', () => {
    expect(failure('MATCH p = ()-[*]-() RETURN p', { limits: { maxExpansions: 5 } }).code).toBe(
      'limit',
    );
    expect(
      failure('MATCH (a), (b), (c) RETURN DISTINCT a, b, c', { limits: { maxRowsInFlight: 10 } })
        .code,
    ).toBe('limit');
    expect(failure(`RETURN '${'x'.repeat(200)}'`, { limits: { maxQueryBytes: 100 } }).code).toBe(
      'limit',
    );
  });

  it('refuse nesting that would exhaust the stack', () => {
    expect(failure(`RETURN ${'['.repeat(5000)}1${']'.repeat(5000)}`).code).toBe('limit');
  });

  it('stop at the time limit', () => {
    const e = failure(
      'UNWIND range(1, 2000) AS a UNWIND range(1, 2000) AS b WITH a, b WHERE a * b < 0 RETURN count(*)',
      {
        limits: { timeoutMs: 20 },
      },
    );
    expect(e.code).toBe('timeout');
  });
});

describe('unsupported features', () => {
  it('are named, never answered wrongly', () => {
    expect(failure('CALL db.labels()')).toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/db\.labels/),
    });
    expect(failure('USE neo4j MATCH (n) RETURN n')).toMatchObject({ code: 'unsupported' });
    expect(failure('MATCH ((a)-->(b)){1,3} RETURN a').message).toMatch(/Quantified path patterns/);
    expect(failure('MATCH (a)-->{2}(b) RETURN a').code).toBe('unsupported');
    expect(rows('RETURN ((1))')).toEqual([[1]]);
    expect(
      failure(
        "MATCH p = shortestPath((a {name: 'TTP'})-[*]-(b)), (c) WHERE length(p) > c.size RETURN p",
      ).code,
    ).toBe('unsupported');
  });
});
