// What the load rows store reads back as the same records: rows.ts and records.ts together, with
// Neo4j's storage imitated by hand (a null property is not stored), and the errors for data of
// the wrong shape.
import { describe, expect, it } from 'vitest';
import { relationshipId } from '../../src/domain/relationships.js';
import type { Dataset } from '../../src/domain/schema.js';
import { validateDataset } from '../../src/domain/validate.js';
import {
  PropReader,
  toActor,
  toGraphEdge,
  toGraphNode,
  toNameEntry,
  toRelationship,
  toRelationshipRecord,
  toSource,
} from '../../src/store/neo4j/records.js';
import { toLoadRows } from '../../src/store/neo4j/rows.js';
import type { Row } from '../../src/store/neo4j/transactions.js';
import { fixtureDataset } from '../fixtures/dataset.js';

/** A row as Neo4j keeps it: properties set to null are not stored at all. */
function stored(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
}

/** The fixture plus the fields it leaves out: date ranges, inferred dates, figures, an event. */
function richDataset(): Dataset {
  const raw = fixtureDataset();
  raw.sources.push({
    id: 'range-report',
    title: 'A report spanning months',
    author: 'A. Writer',
    summary: 'Figures over a season.',
    published: { start: '2024-10', end: '2024-12', precision: 'month', inferred: true },
    kind: 'news',
  });
  raw.actors.push({
    id: 'border-clash',
    kind: 'Event',
    name: 'Border clash',
    aliases: [],
    description: 'A clash at the border.',
    date: { start: '2024-12-20', end: '2024-12-22', precision: 'day' },
  });
  raw.relationships.push({
    type: 'CARRIED_OUT',
    from: 'ttp',
    to: 'border-clash',
    claims: [
      {
        source: 'range-report',
        summary: 'The TTP carried out the clash.',
        claimedBy: 'author',
        status: 'speculated',
        date: { start: '2024', precision: 'year', inferred: true },
        sameDayAsReport: true,
        figures: [
          { measure: 'killed', value: 12, qualifier: 'at least', unit: 'soldiers' },
          { measure: 'wounded', value: 3.5 },
        ],
      },
      {
        source: 'range-report',
        summary: 'Undated second mention.',
        claimedBy: 'unnamed',
        status: 'reported',
      },
    ],
  });
  const { dataset, issues } = validateDataset(raw);
  expect(issues).toEqual([]);
  return dataset as Dataset;
}

/** The rows the export queries would return for what `dataset`'s load rows stored. */
function exportRows(dataset: Dataset) {
  const rows = toLoadRows(dataset);
  const claimsOf = (relId: string) =>
    rows.claims
      .filter((c) => c.props.relId === relId)
      .sort((a, b) => (a.props.ord as number) - (b.props.ord as number))
      .map((c) => ({ ...stored(c.props), source: c.source }));
  const relationships = [...rows.relationshipsByType].flatMap(([type, rels]) =>
    rels.map(({ from, to, props }) => ({
      type,
      from,
      to,
      rel: stored(props),
      claims: claimsOf(props.id as string),
    })),
  );
  const byOrd = (a: Row, b: Row) => (a.ord as number) - (b.ord as number);
  return {
    sources: rows.sources.map(stored).sort(byOrd),
    actors: [...rows.actorsByKind.values()].flat().map(stored).sort(byOrd),
    relationships: relationships.sort((a, b) => byOrd(a.rel, b.rel)),
  };
}

describe('load rows read back', () => {
  it('give back every source, actor and relationship as loaded, in load order', () => {
    for (const dataset of [validateDataset(fixtureDataset()).dataset as Dataset, richDataset()]) {
      const rows = exportRows(dataset);
      expect({
        sources: rows.sources.map(toSource),
        actors: rows.actors.map(toActor),
        relationships: rows.relationships.map((r) => toRelationship(toRelationshipRecord(r))),
      }).toEqual(dataset);
    }
  });

  it('label each actor row by kind and each relationship row by type', () => {
    const dataset = richDataset();
    const rows = toLoadRows(dataset);
    for (const [kind, actors] of rows.actorsByKind) {
      expect(actors.map((a) => a.id)).toEqual(
        dataset.actors.filter((a) => a.kind === kind).map((a) => a.id),
      );
    }
    for (const [type, rels] of rows.relationshipsByType) {
      expect(rels.map((r) => r.props.id)).toEqual(
        dataset.relationships.filter((r) => r.type === type).map(relationshipId),
      );
    }
  });

  it('give a relationship its derived facts: id, span, contested, distinct sources', () => {
    const rows = exportRows(richDataset());
    const row = rows.relationships.find((r) => r.rel.id === 'ttp.CARRIED_OUT.border-clash');
    const record = toRelationshipRecord(row as Row);
    expect(record).toMatchObject({
      id: 'ttp.CARRIED_OUT.border-clash',
      symmetric: false,
      contested: false,
      span: { first: '2024-01-01', last: '2024-12-31' },
    });
    expect(toGraphEdge(row as Row)).toEqual({
      id: 'ttp.CARRIED_OUT.border-clash',
      type: 'CARRIED_OUT',
      from: 'ttp',
      to: 'border-clash',
      symmetric: false,
      contested: false,
      claimCount: 2,
      sources: ['range-report'],
      span: { first: '2024-01-01', last: '2024-12-31' },
    });
  });

  it('store each claim with its relationship, its place and its date bounds', () => {
    const { claims } = toLoadRows(richDataset());
    const [dated, undated] = claims.filter((c) => c.props.relId === 'ttp.CARRIED_OUT.border-clash');
    expect(dated?.props).toMatchObject({
      id: 'ttp.CARRIED_OUT.border-clash#0',
      relFrom: 'ttp',
      relTo: 'border-clash',
      ord: 0,
      first: '2024-01-01',
      last: '2024-12-31',
    });
    expect(undated?.props).toMatchObject({ ord: 1, first: null, last: null, figures: null });
  });

  it('make graph nodes and name entries of actors', () => {
    const rows = exportRows(richDataset());
    const event = rows.actors.find((a) => a.id === 'border-clash') as Row;
    expect(toGraphNode(event, 1)).toEqual({
      id: 'border-clash',
      kind: 'Event',
      name: 'Border clash',
      aliases: [],
      description: 'A clash at the border.',
      date: { start: '2024-12-20', end: '2024-12-22', precision: 'day' },
      degree: 1,
    });
    const government = rows.actors.find((a) => a.id === 'pakistan-government') as Row;
    expect(toNameEntry(government)).toEqual({
      id: 'pakistan-government',
      kind: 'Government',
      name: 'Government of Pakistan',
      aliases: ['Pakistani government'],
      ambiguousAliases: ['Islamabad'],
    });
  });
});

describe('reading stored data of the wrong shape', () => {
  it('names the record and the property', () => {
    expect(() => toActor({ id: 'ttp', kind: 'ArmedGroup', aliases: [], description: 'x' })).toThrow(
      'stored actor ttp has no string property "name"',
    );
    expect(() => toSource({ id: 's', title: 't', kind: 'news', publishedStart: 2024 })).toThrow(
      'stored source s has no string property "publishedStart"',
    );
    expect(() =>
      toActor({ id: 'a', kind: 'State', name: 'A', aliases: 'A', description: 'x' }),
    ).toThrow('stored actor a has no string list property "aliases"');
  });

  it('checks numbers, booleans and maps', () => {
    const r = new PropReader({ n: '3', b: 'yes', m: [1] }, 'thing');
    expect(() => r.num('n')).toThrow('stored thing has no number property "n"');
    expect(() => r.bool('b')).toThrow('stored thing has no boolean property "b"');
    expect(() => r.map('m')).toThrow('stored thing has no map property "m"');
    expect(r.optStr('absent')).toBeUndefined();
  });
});
