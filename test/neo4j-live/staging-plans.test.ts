// The statements that stage a load write each row as they read it: Neo4j plans them with no Eager,
// which would hold a whole batch before writing any of it.
import type { Driver, Plan } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connect } from '../../src/store/neo4j/connect.js';
import { readCypherFiles, type CypherFiles } from '../../src/store/neo4j/cypher-files.js';
import { withRelationshipType } from '../../src/store/neo4j/identifiers.js';
import { describeNeo4j } from '../fixtures/neo4j.js';

const operators = (plan: Plan): string[] => [
  plan.operatorType.replace(/@.*/, ''),
  ...plan.children.flatMap(operators),
];

describeNeo4j('staging statements on Neo4j', (cfg) => {
  let driver: Driver;
  let load: CypherFiles['load'];

  beforeAll(async () => {
    driver = await connect(cfg);
    load = (await readCypherFiles()).load;
  });
  afterAll(async () => {
    await driver?.close();
  });

  test('plan no Eager: each row is written as it is read', async () => {
    const staging = [
      load.sources,
      load.actors,
      withRelationshipType(load.relationships, 'STRIKES'),
      load.claims,
    ];
    for (const statement of staging) {
      const { summary } = await driver.executeQuery(
        `EXPLAIN ${statement}`,
        { batch: [] },
        { database: cfg.database },
      );
      expect(summary.plan, statement).not.toBe(false);
      const ops = operators(summary.plan as Plan);
      expect(ops).toContain('Create');
      expect(ops, statement).not.toContain('Eager');
    }
  });
});
