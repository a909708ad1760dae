// Loads on a real Neo4j through the CLI, run as its own process: seeding twice gives the same
// graph, --reset replaces it, a seed failing validation writes nothing, a load killed with
// SIGKILL while staging leaves the previous graph whole (and the next load removes what it
// staged); a wrong URI or database fails clearly.
import { spawn } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/types.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { describeNeo4j } from '../fixtures/neo4j.js';
import { cli, cliEnv, ROOT, seedDir } from './cli.js';

describeNeo4j('loads on Neo4j through the CLI', (cfg) => {
  let store: GraphStore;
  const env = cliEnv(cfg);
  const seedTwiceAndExport = async () => {
    expect((await cli(['seed', '--reset'], env)).code).toBe(0);
    return store.exportDataset();
  };

  beforeAll(async () => {
    store = await openNeo4jStore(cfg);
  });
  afterAll(async () => {
    await store?.close();
  });

  test('seeding twice gives the same graph, counts and content', async () => {
    const first = await seedTwiceAndExport();
    const again = await cli(['seed'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Seeded Neo4j at bolt:\/\/.* \(merged\)/);
    expect(await store.exportDataset()).toEqual(first);
    const stats = JSON.parse((await cli(['stats', '--json'], env)).stdout);
    expect([stats.actors, stats.relationships, stats.sources]).toEqual([
      first.actors.length,
      first.relationships.length,
      first.sources.length,
    ]);
  }, 120_000);

  test('--reset replaces the graph; a merge adds to it', async () => {
    await seedTwiceAndExport();
    const small = fixtureDataset();
    const reset = await cli(['seed', '--reset', '--dir', await seedDir(small)], env);
    expect(reset.code, reset.stderr).toBe(0);
    const stored = await store.exportDataset();
    expect(stored.actors.map((a) => a.id)).toEqual(small.actors.map((a) => a.id));
    expect(stored.relationships).toHaveLength(small.relationships.length);
    // A merge upserts by id: a changed actor is replaced, a new one added, the rest kept.
    const addition = fixtureDataset();
    addition.actors[0] = { ...addition.actors[0]!, description: 'Changed by the merge.' };
    addition.actors.push({
      id: 'merged-actor',
      kind: 'State',
      name: 'Merged',
      aliases: [],
      description: 'New.',
    });
    const merged = await cli(['seed', '--dir', await seedDir(addition)], env);
    expect(merged.code, merged.stderr).toBe(0);
    const after = await store.exportDataset();
    expect(after.actors.map((a) => a.id)).toEqual(addition.actors.map((a) => a.id));
    expect(after.actors[0]?.description).toBe('Changed by the merge.');
    expect(after.relationships).toHaveLength(small.relationships.length);
  }, 120_000);

  test('a seed that fails validation writes nothing and names the problem', async () => {
    const before = await seedTwiceAndExport();
    const broken = fixtureDataset();
    broken.relationships[0] = { ...broken.relationships[0]!, to: 'no-such-actor' };
    for (const args of [['seed'], ['seed', '--reset']]) {
      const run = await cli([...args, '--dir', await seedDir(broken)], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('no-such-actor');
      expect(await store.exportDataset()).toEqual(before);
    }
  }, 120_000);

  test('a load killed while staging (SIGKILL) leaves the previous graph whole; the next clears it', async () => {
    const before = await seedTwiceAndExport();
    const big = await seedDir(syntheticDataset({ actors: 10_000, relationships: 50_000 }));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'seed', '--reset', '--dir', big],
      { cwd: ROOT, env, stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Kill it once the server is running its load statements, so the transaction is open.
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
    try {
      let loading = false;
      for (let i = 0; i < 600 && !loading && child.exitCode === null; i++) {
        const result = await driver.executeQuery(
          'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery',
          {},
          { database: cfg.database },
        );
        loading = result.records.some((r) => /UNWIND \$batch/.test(String(r.get(0))));
        if (!loading) await new Promise((r) => setTimeout(r, 100));
      }
      expect(loading, 'the load never reached the server').toBe(true);
      // Mid-load, what user Cypher sees is still the previous graph, node for node.
      const count = async (cypher: string) =>
        (await driver.executeQuery(cypher, {}, { database: cfg.database })).records[0]!.get(0);
      expect(await count('MATCH (a:Actor) RETURN count(a)')).toEqual(
        neo4j.int(before.actors.length),
      );
      expect(await count('MATCH (c:Claim) RETURN count(c)')).toEqual(
        neo4j.int(before.relationships.flatMap((r) => r.claims).length),
      );
      child.kill('SIGKILL');
      await exited;
      // The server rolls the transaction back when it notices the connection is gone.
      for (let i = 0; i < 100; i++) {
        const result = await driver.executeQuery(
          'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery',
          {},
          { database: cfg.database },
        );
        if (!result.records.some((r) => /UNWIND \$batch/.test(String(r.get(0))))) break;
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      await driver.close();
    }
    expect(child.signalCode).toBe('SIGKILL');
    expect(await store.exportDataset()).toEqual(before);
    // The next load deletes what the killed one staged.
    expect((await seedTwiceAndExport()).actors).toEqual(before.actors);
    const check = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
    try {
      const left = await check.executeQuery(
        'MATCH (n) WHERE n:StagedActor OR n:StagedSource OR n:StagedClaim OR n:Retired RETURN count(n) AS n',
        {},
        { database: cfg.database },
      );
      expect(left.records[0]!.get('n')).toEqual(neo4j.int(0));
    } finally {
      await check.close();
    }
  }, 300_000);

  test('a wrong URI or an unknown database fails at start with a clear message', async () => {
    const nowhere = await cli(['stats'], { ...env, NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    const foreign = await cli(['stats'], { ...env, NEO4J_DATABASE: 'nosuchdatabase' });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(
      /Neo4j at bolt:\/\/\S+ has no database "nosuchdatabase" \(check NEO4J_DATABASE/,
    );
  }, 120_000);
});
