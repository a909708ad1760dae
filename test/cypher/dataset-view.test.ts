// The embedded store as Cypher sees it, checked against the seed: the graph model Neo4j holds
// (labels, types, CITES, Meta), the loader's properties with absent ones absent, index seeks
// that agree with scans, and answers that agree with the native store calls.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetView } from '../../src/cypher/graph/dataset-view.js';
import { runQuery } from '../../src/cypher/index.js';
import { NodeValue, type Value } from '../../src/cypher/values/types.js';
import type { Dataset } from '../../src/domain/schema.js';
import { validateDataset } from '../../src/domain/validate.js';
import { readSeedDir } from '../../src/seed/read.js';
import { DatasetGraph } from '../../src/store/embedded/dataset-graph.js';
import { neighbourhood } from '../../src/store/embedded/neighbourhood.js';
import { toLoadRows } from '../../src/store/neo4j/rows.js';

const SEED_DIR = path.resolve(import.meta.dirname, '../../seed');
let dataset: Dataset;
let graph: DatasetGraph;
let view: DatasetView;

beforeAll(async () => {
  const { raw, files } = await readSeedDir(SEED_DIR);
  const valid = validateDataset(raw, files);
  if (!valid.dataset) throw new Error('the seed does not validate');
  dataset = valid.dataset;
  graph = new DatasetGraph(dataset, valid.names, valid.layout);
  view = new DatasetView(graph, 'rev-1');
});

function rows(query: string, params: Record<string, Value> = {}): Value[][] {
  return runQuery(view, query, {
    params: new Map(Object.entries(params)),
    limits: { maxRows: 100_000 },
  }).rows;
}

const num = (v: Value | undefined) => Number(v);

describe('the graph model', () => {
  it('has one node per actor, source and claim, and one Meta', () => {
    const claims = dataset.relationships.reduce((n, r) => n + r.claims.length, 0);
    const counts = Object.fromEntries(
      rows('MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c').map(([l, c]) => [l, num(c)]),
    );
    expect(counts).toEqual({
      Actor: dataset.actors.length,
      Source: dataset.sources.length,
      Claim: claims,
      Meta: 1,
    });
    expect(rows("MATCH (m:Meta {key: 'dataset'}) RETURN m.revision")).toEqual([['rev-1']]);
  });

  it('labels every actor with its kind and joins actors only by vocabulary relationships', () => {
    const byKind = rows(
      'MATCH (a:Actor) RETURN a.kind AS k, size([l IN labels(a) WHERE l = a.kind]) AS has, count(*) AS c',
    );
    for (const [, has] of byKind) expect(num(has)).toBe(1);
    const types = rows('MATCH (:Actor)-[r]->(:Actor) RETURN count(r), count(DISTINCT type(r))');
    expect(num(types[0]?.[0])).toBe(dataset.relationships.length);
    expect(rows('MATCH (:Actor)-[r:CITES]-() RETURN count(r)')).toEqual([[0n]]);
  });

  it('links every claim to the source it cites', () => {
    const perSource = new Map<string, number>();
    for (const r of dataset.relationships)
      for (const c of r.claims) perSource.set(c.source, (perSource.get(c.source) ?? 0) + 1);
    const got = rows('MATCH (c:Claim)-[:CITES]->(s:Source) RETURN s.id, count(c)');
    expect(new Map(got.map(([s, c]) => [s as string, num(c)]))).toEqual(perSource);
  });
});

describe('properties', () => {
  it('are the Neo4j loader rows, with nulls absent', () => {
    const load = toLoadRows(dataset);
    const actor = [...load.actorsByKind.values()].flat()[0] as Record<string, unknown>;
    const [[props]] = rows('MATCH (a:Actor {id: $id}) RETURN properties(a)', {
      id: actor.id as string,
    }) as [[Map<string, Value>]];
    const expected = Object.entries(actor).filter(([, v]) => v !== null);
    expect([...props.keys()].sort()).toEqual(expected.map(([k]) => k).sort());
    for (const [k, v] of expected) expect(props.get(k)).toEqual(v);
    // JS numbers reach Neo4j as FLOAT through the driver, so ord is a FLOAT here too.
    expect(typeof props.get('ord')).toBe('number');
  });

  it('leave out what a record does not have', () => {
    const undated = dataset.actors.find((a) => !a.date);
    if (!undated) return;
    expect(
      rows('MATCH (a:Actor {id: $id}) RETURN a.dateStart, keys(a)', { id: undated.id })[0]?.[0],
    ).toBeNull();
    const keys = rows('MATCH (a:Actor {id: $id}) RETURN keys(a)', {
      id: undated.id,
    })[0]?.[0] as string[];
    expect(keys).not.toContain('dateStart');
  });
});

describe('index seeks', () => {
  it('agree with scans for each indexed property', () => {
    const rel = dataset.relationships[0];
    const claim = rel?.claims[0];
    if (!rel || !claim) return;
    for (const [label, key, value] of [
      ['Actor', 'id', rel.from],
      ['Source', 'id', claim.source],
      ['Claim', 'relId', `${rel.from}.${rel.type}.${rel.to}`],
      ['Claim', 'claimedBy', claim.claimedBy],
      ['Claim', 'id', `${rel.from}.${rel.type}.${rel.to}#0`],
    ] as const) {
      const seek = rows(`MATCH (n:${label} {${key}: $v}) RETURN n ORDER BY n.ord`, { v: value });
      const scan = rows(`MATCH (n:${label}) WHERE n.${key} + '' = $v RETURN n ORDER BY n.ord`, {
        v: value,
      });
      expect(seek.length).toBeGreaterThan(0);
      expect(seek.map(([n]) => (n as NodeValue).id)).toEqual(
        scan.map(([n]) => (n as NodeValue).id),
      );
    }
    expect(rows("MATCH (a:Actor {id: 'no-such-actor'}) RETURN a")).toEqual([]);
  });

  it('find no claim by an id spelt otherwise than its own', () => {
    const rel = dataset.relationships[0];
    if (!rel) return;
    const prefix = `${rel.from}.${rel.type}.${rel.to}#`;
    expect(rows('MATCH (c:Claim {id: $v}) RETURN c.id', { v: `${prefix}0` })).toEqual([
      [`${prefix}0`],
    ]);
    for (const suffix of ['00', '+0', '0.0', '', ' 0', '0x0'])
      expect(rows('MATCH (c:Claim {id: $v}) RETURN c', { v: prefix + suffix })).toEqual([]);
  });
});

describe('answers', () => {
  it('match the native neighbourhood', () => {
    const id = dataset.actors[0]?.id as string;
    const native = neighbourhood(graph, id, { depth: 2 })
      .nodes.map((n) => n.id)
      .sort();
    const cypher = rows('MATCH (a:Actor {id: $id})-[*0..2]-(b:Actor) RETURN DISTINCT b.id', { id })
      .map(([x]) => x as string)
      .sort();
    expect(cypher).toEqual(native);
  });

  it('refuse writes on the store view', () => {
    expect(() => runQuery(view, 'MATCH (a:Actor) SET a.x = 1')).toThrow(/read-only/);
  });
});
