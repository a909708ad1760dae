// Which values group together in aggregation, DISTINCT and count(DISTINCT): 1 and 1.0 do, nulls
// do, NaNs do not (each is a group of its own, in lists and maps too). The expected rows are what
// Neo4j 5.26.19 answered to the same queries; the differential suite asks it again.
import { describe, expect, it } from 'vitest';
import { MemoryGraph } from '../../src/cypher/graph/memory.js';
import { runQuery } from '../../src/cypher/index.js';
import type { Value } from '../../src/cypher/values/types.js';

const rows = (query: string): Value[][] => runQuery(new MemoryGraph(), query).rows;

describe('grouping by value', () => {
  it('groups 1 with 1.0 and null with null, and keeps NaNs apart', () => {
    expect(
      rows(
        'UNWIND [1, 1.0, 0.0/0.0, 0.0/0.0, 2, 2.5, 2.5, null, null] AS x RETURN x, count(*) AS n',
      ),
    ).toEqual([
      [1n, 2n],
      [NaN, 1n],
      [NaN, 1n],
      [2n, 1n],
      [2.5, 2n],
      [null, 2n],
    ]);
  });

  it('applies the same to DISTINCT and count(DISTINCT)', () => {
    expect(rows('UNWIND [1, 1.0, 0.0/0.0, 0.0/0.0, null, null] AS x RETURN DISTINCT x')).toEqual([
      [1n],
      [NaN],
      [NaN],
      [null],
    ]);
    expect(
      rows('UNWIND [1, 1.0, 0.0/0.0, 0.0/0.0, null] AS x RETURN count(DISTINCT x) AS n'),
    ).toEqual([[3n]]);
  });

  it('compares lists and maps element by element', () => {
    const grouped = rows(
      "UNWIND [[1, 'a'], [1.0, 'a'], [0.0/0.0], [0.0/0.0], {k: 1}, {k: 1.0}, {k: 0.0/0.0}, {k: 0.0/0.0}] AS x RETURN x, count(*) AS n",
    );
    expect(grouped.map(([, n]) => n)).toEqual([2n, 1n, 1n, 2n, 1n, 1n]);
  });

  it('groups strings by their text, one string key or several', () => {
    expect(rows("UNWIND ['a', 'b', 'a', '1'] AS x RETURN x, count(*) AS n")).toEqual([
      ['a', 2n],
      ['b', 1n],
      ['1', 1n],
    ]);
    expect(
      rows(
        "UNWIND [['a', 1], ['a', 1.0], ['a', 2]] AS x RETURN x[0] AS s, x[1] AS v, count(*) AS n",
      ),
    ).toEqual([
      ['a', 1n, 2n],
      ['a', 2n, 1n],
    ]);
  });
});
