// The differential suite's comparison: what it must tell apart and what it must not.
import { describe, expect, it } from 'vitest';
import type { WireNode, WireRelationship, WireValue } from '../../../src/cypher/wire.js';
import { comparable, orderKeys } from './compare.js';

const node = (elementId: string, id: string, labels = ['Actor', 'Person']): WireNode => ({
  $element: 'node',
  elementId,
  labels,
  properties: { id },
});
const rel = (elementId: string, start: string, end: string): WireRelationship => ({
  $element: 'relationship',
  elementId,
  type: 'SUPPORTS',
  startElementId: start,
  endElementId: end,
  properties: { id: 'x' },
});
const answer = (columns: string[], rows: WireValue[][], nodes: WireNode[] = []) => ({
  columns,
  rows,
  graph: { nodes, edges: [] },
});

describe('differential comparison', () => {
  it('reads the final ORDER BY keys, not those of a WITH', () => {
    expect(orderKeys('MATCH (a) WITH a ORDER BY a.x RETURN a.id')).toEqual([]);
    expect(orderKeys('MATCH (a) RETURN a.id, count(*) AS n ORDER BY n DESC, a.id LIMIT 3')).toEqual(
      ['n', 'a.id'],
    );
    expect(orderKeys('RETURN 1 AS x ORDER BY coalesce(x, 1) ASC')).toEqual(['coalesce(x, 1)']);
  });

  it('compares unordered rows as multisets, counting repeats', () => {
    const a = comparable(answer(['x'], [[1], [2], [2]]), []);
    expect(comparable(answer(['x'], [[2], [1], [2]]), [])).toEqual(a);
    expect(comparable(answer(['x'], [[1], [1], [2]]), [])).not.toEqual(a);
  });

  it('compares ordered rows in order, ties on the keys as a group', () => {
    const x: WireValue[] = [2, 'a'];
    const y: WireValue[] = [2, 'b'];
    const z: WireValue[] = [1, 'c'];
    const rows = [x, y, z];
    const a = comparable(answer(['n', 'id'], rows), ['n']);
    expect(comparable(answer(['n', 'id'], [y, x, z]), ['n'])).toEqual(a);
    expect(comparable(answer(['n', 'id'], [z, x, y]), ['n'])).not.toEqual(a);
    // A key that is not a column: every row in its place.
    const strict = comparable(answer(['n', 'id'], rows), ['m']);
    expect(comparable(answer(['n', 'id'], [y, x, z]), ['m'])).not.toEqual(strict);
  });

  it('ignores element ids and label order but not properties', () => {
    const a = comparable(answer(['n'], [[node('1', 'ttp', ['Actor', 'ArmedGroup'])]]), []);
    expect(
      comparable(answer(['n'], [[node('4:xyz:9', 'ttp', ['ArmedGroup', 'Actor'])]]), []),
    ).toEqual(a);
    expect(
      comparable(answer(['n'], [[node('1', 'tta', ['Actor', 'ArmedGroup'])]]), []),
    ).not.toEqual(a);
  });

  it('compares relationships by their ends', () => {
    const nodes = [node('1', 'a'), node('2', 'b')];
    const forward = comparable(answer(['r'], [[rel('r1', '1', '2')]], nodes), []);
    const renamed = [node('x', 'a'), node('y', 'b')];
    expect(comparable(answer(['r'], [[rel('r9', 'x', 'y')]], renamed), [])).toEqual(forward);
    expect(comparable(answer(['r'], [[rel('r9', 'y', 'x')]], renamed), [])).not.toEqual(forward);
  });

  it('compares only the named columns when told to', () => {
    const only = ['len'];
    const a = comparable(answer(['p', 'len'], [['one path', 2]]), [], { only });
    expect(comparable(answer(['p', 'len'], [['another', 2]]), [], { only })).toEqual(a);
    expect(comparable(answer(['p', 'len'], [['another', 3]]), [], { only })).not.toEqual(a);
  });

  it('keeps list order unless told that it is undefined', () => {
    const rows = (l: WireValue[]) => answer(['l'], [[l]]);
    expect(comparable(rows([1, 2]), [])).not.toEqual(comparable(rows([2, 1]), []));
    const loose = { unorderedLists: true };
    expect(comparable(rows([1, [3, 2]]), [], loose)).toEqual(
      comparable(rows([[2, 3], 1]), [], loose),
    );
    expect(comparable(rows([1, 1]), [], loose)).not.toEqual(comparable(rows([1]), [], loose));
  });
});
