// The statements that stage a load write each row as they read it: Neo4j plans them with no Eager,
// which would hold a whole batch before writing any of it.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readCypherFiles, type CypherFiles } from '../../src/store/neo4j/cypher-files.js';
import { withRelationshipType } from '../../src/store/neo4j/identifiers.js';
import { describeNeo4j } from '../fixtures/neo4j.js';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

const operators = (plan: PlanNode): string[] => [
  plan.operatorType.replace(/@.*/, ''),
  ...plan.children.flatMap(operators),
];

describeNeo4j('staging statements on Neo4j', (cfg) => {
  let driver: Driver;
  let load: CypherFiles['load'];
  const explain = async (statement: string) => {
    const session = driver.session({ database: cfg.database });
    try {
      const result = await session.run(`EXPLAIN ${statement}`, { batch: [] });
      return operators(result.summary.plan as unknown as PlanNode);
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
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
      const ops = await explain(statement);
      expect(ops).toContain('Create');
      expect(ops, statement).not.toContain('Eager');
    }
  });
});
