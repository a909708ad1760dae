// The warnings that come with a query's results (summary.notifications): an unknown label,
// relationship type or property key, and a cartesian product, with Neo4j 5.26's codes and at the
// places Neo4j 5.26 gave for these queries on the seed; with NEO4J_URI, Neo4j answers alike.
import { describe, expect, it } from 'vitest';
import type { CypherNotification } from '../../../src/cypher/wire.js';
import { BACKEND_NAMES, seededBackends } from '../support/backends.js';

const backends = seededBackends();
const S = 'Neo.ClientNotification.Statement.';

/** Query, then each expected notification as `code@offset` (as Neo4j 5.26 answered them). */
const CASES: Array<[string, string[]]> = [
  ['MATCH (n:Nope) RETURN n', ['UnknownLabelWarning@9']],
  ['MATCH ()-[r:NOPE]->() RETURN r', ['UnknownRelationshipTypeWarning@12']],
  ['MATCH (n:Actor) WHERE n.nope = 1 RETURN n', ['UnknownPropertyKeyWarning@24']],
  ['MATCH (a:Actor {nope: 1}) RETURN a', ['UnknownPropertyKeyWarning@16']],
  ['MATCH (a:Actor) RETURN a {.nope} AS m', ['UnknownPropertyKeyWarning@27']],
  ["MATCH (a:Actor) WHERE a['nope'] = 1 RETURN a", ['UnknownPropertyKeyWarning@24']],
  [
    'MATCH (a:Nope)\nWHERE a.nope2 > 1 RETURN a',
    ['UnknownLabelWarning@9', 'UnknownPropertyKeyWarning@23'],
  ],
  ['MATCH (a:Actor|Nope) RETURN a.id', ['UnknownLabelWarning@15']],
  [
    'MATCH (a:Actor) WHERE EXISTS { MATCH (a)-[:NOPE]->() } RETURN a.id',
    ['UnknownRelationshipTypeWarning@43'],
  ],
  ['MATCH (a:State), (b:ArmedGroup) RETURN count(*) AS n', ['CartesianProduct@0']],
  ['MATCH (a:State), (b:State)-[]->(c) RETURN count(*) AS n', ['CartesianProduct@0']],
  ['MATCH (a:Actor) WITH a MATCH (a), (b:Source) RETURN count(*) AS n', ['CartesianProduct@23']],
  [
    'MATCH (:State), (:Source), (c:Claim) RETURN count(*) AS n',
    ['CartesianProduct@0', 'CartesianProduct@0'],
  ],
  ["MATCH (a:Actor {id: 'ttp'}) MATCH (b:State) RETURN a.id, b.id", []],
  ['MATCH (a:Actor), (a)-->(b) RETURN count(*) AS n', []],
  ['RETURN {nope: 1}.nope AS x', []],
  ['MATCH (a:Actor)-[r:SHELTERS]->(b:Actor) RETURN a.name, r.claimCount, b.id', []],
];

const brief = (n: CypherNotification) => `${n.code.replace(S, '')}@${n.position?.offset ?? '-'}`;
const sortedBy = (ns: CypherNotification[]) =>
  [...ns].sort(
    (a, b) => brief(a).localeCompare(brief(b)) || a.description.localeCompare(b.description),
  );

describe.each(BACKEND_NAMES)('notifications on the %s store', (backend) => {
  it.each(CASES)('%s', async (query, expected) => {
    const { summary } = await backends.get(backend)!.runner.run(query);
    expect(summary.notifications.map(brief).sort()).toEqual([...expected].sort());
  });

  it('names what is missing and the patterns a cartesian product joins', async () => {
    const run = (q: string) => backends.get(backend)!.runner.run(q);
    const [label] = (await run('MATCH (n:Nope) RETURN n')).summary.notifications;
    expect(label).toMatchObject({
      title: 'The provided label is not in the database.',
      position: { offset: 9, line: 1, column: 10 },
    });
    expect(label?.description).toMatch(/\(the missing label name is: Nope\)$/);
    const [, key] = (await run('MATCH (a:Nope)\nWHERE a.nope2 > 1 RETURN a')).summary.notifications;
    expect(key?.position).toEqual({ offset: 23, line: 2, column: 9 });
    const cartesian = (await run('MATCH (a:State), (b:State)-[]->(c) RETURN count(*) AS n')).summary
      .notifications;
    expect(cartesian[0]?.description).toMatch(/\(identifiers are: \(b, c\)\)$/);
  });
});

describe.skipIf(BACKEND_NAMES.length < 2)('notifications: the embedded engine as Neo4j', () => {
  it.each(CASES.map(([q]) => q))('%s', async (query) => {
    const [embedded, neo4j] = await Promise.all(
      ['embedded', 'neo4j'].map((b) => backends.get(b)!.runner.run(query)),
    );
    expect(sortedBy(embedded!.summary.notifications)).toEqual(
      sortedBy(neo4j!.summary.notifications),
    );
  });
});
