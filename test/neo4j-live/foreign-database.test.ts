// A database actorgraph did not write, on a real Neo4j: nodes and no Meta record (whatever their
// labels), or a Meta of another schema version, fail `serve` and the CLI's commands at start, naming the
// database and what it holds, and a seed never writes into it without --reset. An empty one is fine.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeNeo4j } from '../fixtures/neo4j.js';
import { cli, cliEnv } from './cli.js';

const FOREIGN =
  /the Neo4j database (the home database|"[^"]+") holds a graph actorgraph did not write/;

describeNeo4j('a Neo4j database actorgraph did not write', (cfg) => {
  const env = cliEnv(cfg);
  let driver: Driver;
  const write = (query: string) => driver.executeQuery(query, {}, { database: cfg.database });
  const customers = async () =>
    Number((await write('MATCH (c:Customer) RETURN count(c) AS n')).records[0]?.get('n'));

  beforeAll(async () => {
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
      disableLosslessIntegers: true,
    });
    // Emptied in an implicit transaction (what CALL IN TRANSACTIONS needs), in parts.
    const session = driver.session({ database: cfg.database });
    try {
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
  });
  afterAll(async () => {
    await write('MATCH (c:Customer) DETACH DELETE c');
    await driver?.close();
  });

  test('an empty database opens', async () => {
    const stats = await cli(['stats', '--json'], env);
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout).actors).toBe(0);
  }, 120_000);

  test('nodes of other labels and no Meta: refused at start, written only with --reset', async () => {
    await write("CREATE (:Customer {name: 'Ada'})-[:BOUGHT]->(:Customer:Vip {name: 'Bob'})");
    const found =
      /2 node\(s\) actorgraph did not write \(labels (Customer, Vip|Vip, Customer)\) and no actorgraph Meta record/;
    for (const args of [['stats'], ['seed'], ['serve']]) {
      const run = await cli(args, { ...env, PORT: '7729' });
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(FOREIGN);
      expect(run.stderr).toMatch(found);
      expect(run.stderr).toContain('actorgraph seed --reset');
    }
    expect(await customers()).toBe(2);
    const empty = await write('MATCH (n) WHERE n:Actor OR n:Meta RETURN count(n) AS n');
    expect(empty.records[0]?.get('n')).toBe(0);

    const reset = await cli(['seed', '--reset'], env);
    expect(reset.code, reset.stderr).toBe(0);
    const stats = await cli(['stats', '--json'], env);
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout).actors).toBeGreaterThan(0);
    // Nodes of other labels stay: the reset replaces actorgraph's graph, not somebody else's.
    expect(await customers()).toBe(2);
  }, 300_000);

  test("nodes of actorgraph's labels but no Meta: refused, since every load writes one", async () => {
    await write('MATCH (n) DETACH DELETE n');
    await write(
      "CREATE (:Actor {id: 'someone', name: 'Somebody else'})-[:KNOWS]->(:Actor:Person {id: 'x'})",
    );
    const run = await cli(['stats'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(FOREIGN);
    expect(run.stderr).toMatch(
      /2 node\(s\) \(labels (Actor, Person|Person, Actor)\) and no actorgraph Meta record/,
    );
    const reset = await cli(['seed', '--reset'], env);
    expect(reset.code, reset.stderr).toBe(0);
    expect((await cli(['stats'], env)).code).toBe(0);
  }, 300_000);

  test('a Meta record of another schema version is refused until --reset', async () => {
    expect((await cli(['seed', '--reset'], env)).code).toBe(0);
    await write("MATCH (m:Meta {key: 'dataset'}) SET m.schemaVersion = 99");
    const run = await cli(['stats'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(FOREIGN);
    expect(run.stderr).toContain('schema version 99 (this actorgraph reads version 1)');
    const reset = await cli(['seed', '--reset'], env);
    expect(reset.code, reset.stderr).toBe(0);
    expect((await cli(['stats'], env)).code).toBe(0);
  }, 300_000);
});
