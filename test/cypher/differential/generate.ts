// The differential suite's corpus: the hand-written queries of queries.json, the README's examples,
// and queries generated over the seed (one per type, kind, actor neighbourhood, pair, status
// and source) and over a synthetic graph (random pairs and random property filters drawn from a
// fixed random seed, so every run asks the same questions).
import { readFileSync } from 'node:fs';
import { seededRandom } from '../../../src/bench/synthetic.js';
import { CYPHER_EXAMPLES } from '../../../src/cypher/examples.js';
import { ACTOR_KINDS } from '../../../src/domain/kinds.js';
import type { Dataset } from '../../../src/domain/schema.js';

export interface Case {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  /** Only these columns must agree (any one shortest path is right). */
  compare?: readonly string[];
  /** Lists whose order neither store defines (collect, keys, comprehensions) compare as multisets. */
  unorderedLists?: boolean;
  /** Why the stores are known to answer differently; the suite checks that they still do. */
  known?: string;
}

interface Corpus {
  data: Case[];
  seed: Case[];
}

const CORPUS = JSON.parse(
  readFileSync(new URL('./queries.json', import.meta.url), 'utf8'),
) as Corpus;

const STATUSES = ['reported', 'alleged', 'denied', 'disputed', 'proposed'];

/** The items taken two by two: (first, second), (third, fourth), ... */
function pairs<T>(items: T[]): Array<[T, T]> {
  const out: Array<[T, T]> = [];
  for (let i = 0; i + 1 < items.length; i += 2) out.push([items[i] as T, items[i + 1] as T]);
  return out;
}

export function seedCases(data: Dataset): Case[] {
  const cases: Case[] = [
    ...CORPUS.data,
    ...CORPUS.seed,
    ...CYPHER_EXAMPLES.map((e) => ({
      name: `example ${e.id}`,
      query: e.query,
      compare: e.compare,
    })),
  ];
  for (const type of new Set(data.relationships.map((r) => r.type)))
    cases.push({
      name: `type ${type}`,
      query: `MATCH (a:Actor)-[r:${type}]->(b:Actor) RETURN a.id, b.id, r.id, r.claimCount, r.contested, r.sources`,
    });
  for (const kind of ACTOR_KINDS)
    cases.push(
      {
        name: `kind ${kind}`,
        query: `MATCH (a:${kind}) RETURN a.id, a.name, a.aliases, a.dateStart`,
      },
      {
        name: `kind ${kind} degree`,
        query: `MATCH (a:${kind})-[r]-(:Actor) RETURN a.id, type(r), count(*) AS n`,
      },
    );
  const actors = data.actors.filter((_, i) => i % 3 === 0).map((a) => a.id);
  for (const id of actors)
    cases.push(
      {
        name: `around ${id}`,
        query:
          'MATCH (a:Actor {id: $id})-[r]-(b:Actor) RETURN type(r), b.id, startNode(r) = a AS outgoing',
        params: { id },
      },
      {
        name: `two hops ${id}`,
        query:
          'MATCH p = (:Actor {id: $id})-[*1..2]-(b:Actor) RETURN count(p) AS paths, count(DISTINCT b) AS reached',
        params: { id },
      },
    );
  for (const [from, to] of pairs(actors))
    cases.push({
      name: `shortest ${from} ${to}`,
      query:
        'MATCH p = shortestPath((a:Actor {id: $from})-[*..8]-(b:Actor {id: $to})) RETURN length(p) AS hops',
      params: { from, to },
    });
  for (const status of STATUSES)
    cases.push({
      name: `status ${status}`,
      query:
        'MATCH (c:Claim {status: $status})-[:CITES]->(s:Source) RETURN c.id, c.claimedBy, c.summary, s.id',
      params: { status },
    });
  for (const source of data.sources)
    cases.push({
      name: `source ${source.id}`,
      query:
        'MATCH (s:Source {id: $id})<-[:CITES]-(c:Claim) RETURN c.status, count(*) AS claims, collect(DISTINCT c.relFrom) AS about',
      params: { id: source.id },
      unorderedLists: true,
    });
  return cases;
}

export function syntheticCases(data: Dataset, seed = 7): Case[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const ids = data.actors.map((a) => a.id);
  const types = [...new Set(data.relationships.map((r) => r.type))].sort();
  const cases: Case[] = [
    {
      name: 'count by type',
      query: 'MATCH (:Actor)-[r]->(:Actor) RETURN type(r) AS type, count(*) AS n',
    },
    { name: 'count by kind', query: 'MATCH (a:Actor) RETURN a.kind, count(*) AS n' },
    {
      name: 'top degree',
      query:
        'MATCH (a:Actor)-[r]-(:Actor) RETURN a.id, count(r) AS degree ORDER BY degree DESC, a.id LIMIT 20',
    },
    { name: 'denied', query: "MATCH (c:Claim {status: 'denied'}) RETURN count(*) AS n" },
    {
      name: 'dated',
      query:
        'MATCH (c:Claim) WHERE c.dateStart IS NOT NULL RETURN count(*) AS n, min(c.dateStart) AS first, max(c.dateStart) AS last',
    },
    { name: 'sources', query: 'MATCH (s:Source)<-[:CITES]-(c) RETURN s.id, count(c) AS claims' },
  ];
  for (let i = 0; i < 12; i++) {
    const [from, to] = [pick(ids), pick(ids)];
    cases.push(
      {
        name: `random pair ${i}: shortest ${from} ${to}`,
        query:
          'MATCH p = shortestPath((a:Actor {id: $from})-[*..10]-(b:Actor {id: $to})) RETURN length(p) AS hops',
        params: { from, to },
      },
      {
        name: `random pair ${i}: all shortest ${from} ${to}`,
        query:
          'MATCH p = allShortestPaths((a:Actor {id: $from})-[*..6]-(b:Actor {id: $to})) RETURN [n IN nodes(p) | n.id] AS ids',
        params: { from, to },
      },
    );
  }
  for (let i = 0; i < 10; i++) {
    const [id, type] = [pick(ids), pick(types)];
    cases.push(
      {
        name: `random reach ${i}: ${id} *1..2`,
        query: 'MATCH (:Actor {id: $id})-[*1..2]-(b:Actor) RETURN count(DISTINCT b) AS reached',
        params: { id },
      },
      {
        name: `random reach ${i}: ${id} distances *0..2`,
        query:
          'MATCH p = (a:Actor {id: $id})-[*0..2]-(b:Actor) RETURN b.id AS id, min(length(p)) AS distance',
        params: { id },
      },
      {
        // No WHERE b <> a: the start is a row when a cycle of at most 3 passes through it.
        name: `random reach ${i}: ${id} distances ${type}*1..3`,
        query: `MATCH p = (a:Actor {id: $id})-[:${type}*1..3]-(b:Actor) RETURN b.id AS id, min(length(p)) AS distance`,
        params: { id },
      },
      {
        name: `random reach ${i}: ${id} ${type}*1..3`,
        query: `MATCH (:Actor {id: $id})-[:${type}*1..3]->(b:Actor) RETURN count(*) AS paths, count(DISTINCT b) AS reached`,
        params: { id },
      },
    );
  }
  for (let i = 0; i < 10; i++) {
    const kind = pick(ACTOR_KINDS);
    const status = pick(STATUSES);
    const year = 2000 + Math.floor(random() * 25);
    const letter = String.fromCharCode(97 + Math.floor(random() * 26));
    cases.push(
      {
        name: `random filter ${i}: ${kind} named with ${letter}`,
        query: `MATCH (a:${kind}) WHERE a.name CONTAINS $letter RETURN a.id ORDER BY a.id`,
        params: { letter },
      },
      {
        name: `random filter ${i}: ${status} claims from ${year}`,
        query:
          'MATCH (c:Claim {status: $status}) WHERE c.dateStart >= $from RETURN c.relId, c.dateStart',
        params: { status, from: `${year}-01-01` },
      },
      {
        name: `random filter ${i}: ${kind} relationships with claims`,
        query: `MATCH (a:${kind})-[r]->(b) WHERE r.claimCount >= $n RETURN type(r), b.kind, count(*) AS n`,
        params: { n: 1 + Math.floor(random() * 2) },
      },
    );
  }
  // Shortest paths under a WHERE on the path: a type avoided, a type required, a least length.
  for (let i = 0; i < 8; i++) {
    const [from, to, type] = [pick(ids), pick(ids), pick(types)];
    // Short bounds: Neo4j's exhaustive fallback passes the 5 s limit at *..6 on this graph.
    const filters = [
      `none(r IN relationships(p) WHERE type(r) = '${type}')`,
      `any(r IN relationships(p) WHERE type(r) = '${type}')`,
      `length(p) >= 3`,
    ];
    for (const [j, where] of filters.entries())
      cases.push(
        {
          name: `random pair ${i}: shortest where ${j} ${from} ${to}`,
          query: `MATCH p = shortestPath((a:Actor {id: $from})-[*..4]-(b:Actor {id: $to})) WHERE ${where} RETURN length(p) AS hops`,
          params: { from, to },
        },
        {
          name: `random pair ${i}: all shortest where ${j} ${from} ${to}`,
          query: `MATCH p = allShortestPaths((a:Actor {id: $from})-[*..3]-(b:Actor {id: $to})) WHERE ${where} RETURN [n IN nodes(p) | n.id] AS ids`,
          params: { from, to },
        },
      );
  }
  return cases.map((c) => ({ ...c, name: `synthetic ${c.name}` }));
}
