// The schema a start applies: claims keep one index (relId, which the store's queries seek), and a
// database an earlier schema gave two more (claim ids, claimants) loses them, since each index on
// :Claim is written for every claim a load's switch promotes and retires.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connect } from '../../src/store/neo4j/connect.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { describeNeo4j } from '../fixtures/neo4j.js';

describeNeo4j('the schema on Neo4j', (cfg) => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await connect(cfg);
  });
  afterAll(async () => {
    await driver?.close();
  });

  const claimIndexes = async () => {
    const { records } = await driver.executeQuery(
      `SHOW INDEXES YIELD name, labelsOrTypes, properties
       WHERE 'Claim' IN labelsOrTypes RETURN name, properties ORDER BY name`,
      {},
      { database: cfg.database },
    );
    return records.map((r) => [r.get('name'), r.get('properties')]);
  };

  test('a start leaves :Claim indexed on relId alone, dropping what an earlier schema made', async () => {
    for (const statement of [
      'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
      'CREATE INDEX claim_claimant IF NOT EXISTS FOR (c:Claim) ON (c.claimedBy)',
    ]) {
      await driver.executeQuery(statement, {}, { database: cfg.database });
    }
    expect((await claimIndexes()).map(([name]) => name)).toContain('claim_claimant');
    const store = await openNeo4jStore(cfg);
    await store.close();
    expect(await claimIndexes()).toEqual([['claim_relationship', ['relId']]]);
  });
});
