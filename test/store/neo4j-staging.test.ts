// How a Neo4j load stages its graph, without a server: batches of at most BATCH_SIZE rows, each
// phase committed before the next starts (relationships need their actors, claims their
// sources), no null sent in a map row, list rows of the model's length with their ends first, and
// the first failed batch stops the rest.
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../src/bench/synthetic.js';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';
import { BATCH_SIZE, stageDataset } from '../../src/store/neo4j/dataset-io.js';
import { CLAIM_COLUMNS, RELATIONSHIP_COLUMNS } from '../../src/store/neo4j/rows.js';
import type { Row, Run } from '../../src/store/neo4j/transactions.js';

const dataset = syntheticDataset({ actors: 12_000, relationships: 25_000 });

/** A commit that records each batch when it settles, after a random pause; batch `failAt` fails at once. */
function recorder(failAt = Infinity) {
  const done: Array<{ file: string; rows: Row[] }> = [];
  let started = 0;
  const commit: Run = async (statement, params) => {
    if (started++ === failAt) throw new Error('batch refused');
    await new Promise((r) => setTimeout(r, Math.random() * 3));
    const file = statement.includes(':StagedClaim')
      ? 'claims'
      : statement.includes('MATCH (a:StagedActor')
        ? 'relationships'
        : statement.includes('CREATE (a:StagedActor)')
          ? 'actors'
          : 'sources';
    done.push({ file, rows: params?.batch as Row[] });
    return [];
  };
  return { commit, done, started: () => started };
}

describe('staging a Neo4j load', () => {
  it('commits every row once, phase after phase, in batches of at most BATCH_SIZE', async () => {
    const { load } = await readCypherFiles();
    const { commit, done } = recorder();
    await stageDataset(commit, load, dataset);
    const rows = (file: string) => done.filter((d) => d.file === file).flatMap((d) => d.rows);
    expect(rows('sources')).toHaveLength(dataset.sources.length);
    expect(
      rows('actors')
        .map((a) => a.id)
        .sort(),
    ).toEqual(dataset.actors.map((a) => a.id).sort());
    expect(rows('relationships')).toHaveLength(dataset.relationships.length);
    expect(rows('claims')).toHaveLength(dataset.relationships.length);
    expect(Math.max(...done.map((d) => d.rows.length))).toBeLessThanOrEqual(BATCH_SIZE);
    expect(done.map((d) => d.file).filter((f, i, all) => f !== all[i - 1])).toEqual([
      'sources',
      'actors',
      'relationships',
      'claims',
    ]);
    // Maps (sources, actors) leave absent properties out; lists keep their places, null for absent.
    const mapped = [...rows('sources'), ...rows('actors')].flatMap((r) => Object.values(r));
    expect(mapped).not.toContain(null);
    const lists = (file: string) => rows(file) as unknown as unknown[][];
    expect(new Set(lists('relationships').map((r) => r.length))).toEqual(
      new Set([2 + RELATIONSHIP_COLUMNS.length]),
    );
    expect(new Set(lists('claims').map((r) => r.length))).toEqual(
      new Set([1 + CLAIM_COLUMNS.length]),
    );
    const ends = (r: { from: string; to: string }) => `${r.from} ${r.to}`;
    expect(
      lists('relationships')
        .map(([from, to]) => `${from} ${to}`)
        .sort(),
    ).toEqual(dataset.relationships.map(ends).sort());
    const sources = new Set(dataset.sources.map((s) => s.id));
    expect(lists('claims').every(([source]) => sources.has(source as string))).toBe(true);
  });

  it('stops at the first batch that fails', async () => {
    const { load } = await readCypherFiles();
    // The sixth batch is a relationship batch; dozens follow it.
    const { commit, started } = recorder(5);
    await expect(stageDataset(commit, load, dataset)).rejects.toThrow('batch refused');
    // The other worker's batch in progress may finish; nothing starts after the failure.
    expect(started()).toBeLessThanOrEqual(7);
  });
});
