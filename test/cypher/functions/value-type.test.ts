// valueType(): the strings Neo4j 5.26 gives for every kind of value (each expected string was
// read from a Neo4j 5.26 server), lists with nulls, unions, nesting and absorbed subtypes.
import { describe, expect, it } from 'vitest';
import { MemoryGraph } from '../../../src/cypher/graph/memory.js';
import { runQuery } from '../../../src/cypher/index.js';

function valueTypes(expressions: Record<string, string>): Record<string, unknown> {
  const g = new MemoryGraph();
  runQuery(g, 'CREATE (:X)-[:R]->(:X)', { write: true });
  const items = Object.entries(expressions).map(([k, e]) => `valueType(${e}) AS ${k}`);
  const result = runQuery(g, `MATCH p = (a)-[r]->(b) RETURN ${items.join(', ')}`);
  return Object.fromEntries(result.columns.map((c, i) => [c, result.rows[0]?.[i]]));
}

describe('valueType()', () => {
  it('names scalars, maps, temporals, graph elements and null', () => {
    expect(
      valueTypes({
        i: '1',
        f: '1.0',
        s: "'a'",
        b: 'true',
        n: 'null',
        m: '{a: 1}',
        d: 'date()',
        dt: 'datetime()',
        ldt: 'localdatetime()',
        t: 'time()',
        lt: 'localtime()',
        du: "duration('P1D')",
        node: 'a',
        rel: 'r',
        path: 'p',
      }),
    ).toEqual({
      i: 'INTEGER NOT NULL',
      f: 'FLOAT NOT NULL',
      s: 'STRING NOT NULL',
      b: 'BOOLEAN NOT NULL',
      n: 'NULL',
      m: 'MAP NOT NULL',
      d: 'DATE NOT NULL',
      dt: 'ZONED DATETIME NOT NULL',
      ldt: 'LOCAL DATETIME NOT NULL',
      t: 'ZONED TIME NOT NULL',
      lt: 'LOCAL TIME NOT NULL',
      du: 'DURATION NOT NULL',
      node: 'NODE NOT NULL',
      rel: 'RELATIONSHIP NOT NULL',
      path: 'PATH NOT NULL',
    });
  });

  it('names lists by the union of their element types, in Neo4j’s order', () => {
    expect(
      valueTypes({
        one: '[1]',
        empty: '[]',
        nulls: '[null, null]',
        mixed: "[1, 'a']",
        numbers: '[1, 2.0, true]',
        elements: '[p, a, r, 1, {}]',
        temporals: '[datetime(), date()]',
        withList: '[{}, [1], 1]',
        pathAndList: '[p, [1]]',
      }),
    ).toEqual({
      one: 'LIST<INTEGER NOT NULL> NOT NULL',
      empty: 'LIST<NOTHING> NOT NULL',
      nulls: 'LIST<NULL> NOT NULL',
      mixed: 'LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL',
      numbers: 'LIST<BOOLEAN NOT NULL | INTEGER NOT NULL | FLOAT NOT NULL> NOT NULL',
      elements:
        'LIST<INTEGER NOT NULL | NODE NOT NULL | RELATIONSHIP NOT NULL | MAP NOT NULL | PATH NOT NULL> NOT NULL',
      temporals: 'LIST<DATE NOT NULL | ZONED DATETIME NOT NULL> NOT NULL',
      withList: 'LIST<INTEGER NOT NULL | MAP NOT NULL | LIST<INTEGER NOT NULL> NOT NULL> NOT NULL',
      pathAndList: 'LIST<LIST<INTEGER NOT NULL> NOT NULL | PATH NOT NULL> NOT NULL',
    });
  });

  it('makes every member nullable when an element is null, at that level only', () => {
    expect(
      valueTypes({
        a: '[1, null]',
        b: "[1, null, 'a']",
        c: '[[1], null]',
        d: '[[1, null]]',
        e: '[[], null]',
      }),
    ).toEqual({
      a: 'LIST<INTEGER> NOT NULL',
      b: 'LIST<STRING | INTEGER> NOT NULL',
      c: 'LIST<LIST<INTEGER NOT NULL>> NOT NULL',
      d: 'LIST<LIST<INTEGER> NOT NULL> NOT NULL',
      e: 'LIST<LIST<NOTHING>> NOT NULL',
    });
  });

  it('absorbs nested list types into wider ones and orders the rest', () => {
    expect(
      valueTypes({
        absorbed: "[[1], [1, 'a']]",
        nothing: '[[], [1]]',
        nullInWider: '[[null], [1, null]]',
        apart: "[[1], ['a']]",
        nullApart: '[[null], [1]]',
        singleFirst: "[[1, 'a'], [1.0]]",
        unions: "[[1, 'a'], [1, true]]",
        deeper: '[[[1]], [1]]',
      }),
    ).toEqual({
      absorbed: 'LIST<LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL> NOT NULL',
      nothing: 'LIST<LIST<INTEGER NOT NULL> NOT NULL> NOT NULL',
      nullInWider: 'LIST<LIST<INTEGER> NOT NULL> NOT NULL',
      apart: 'LIST<LIST<STRING NOT NULL> NOT NULL | LIST<INTEGER NOT NULL> NOT NULL> NOT NULL',
      nullApart: 'LIST<LIST<NULL> NOT NULL | LIST<INTEGER NOT NULL> NOT NULL> NOT NULL',
      singleFirst:
        'LIST<LIST<FLOAT NOT NULL> NOT NULL | LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL> NOT NULL',
      unions:
        'LIST<LIST<BOOLEAN NOT NULL | INTEGER NOT NULL> NOT NULL | LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL> NOT NULL',
      deeper:
        'LIST<LIST<INTEGER NOT NULL> NOT NULL | LIST<LIST<INTEGER NOT NULL> NOT NULL> NOT NULL> NOT NULL',
    });
  });
});
