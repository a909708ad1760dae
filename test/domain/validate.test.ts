// Every rule of the dataset validator, each with a passing and a failing case; each issue must
// name the file, the record and the field.
import { describe, expect, test } from 'vitest';
import { relationshipId } from '../../src/domain/relationships.js';
import type { Claim, Dataset } from '../../src/domain/schema.js';
import { maxClaimYear, validateDataset, type DatasetFiles } from '../../src/domain/validate.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';

function filesFor(d: Dataset): Required<DatasetFiles> {
  return {
    sources: d.sources.map(() => 'seed/sources.json'),
    actors: d.actors.map(() => 'seed/actors.json'),
    relationships: d.relationships.map((_, i) => relFile(i)),
  };
}

function relFile(index: number): string {
  return `seed/relationships/part-${index}.json`;
}

/** Validates the fixture after `change`, with a file named for every record. */
function validate(change: (d: Dataset) => void = () => {}) {
  const dataset = fixtureDataset();
  change(dataset);
  return validateDataset(dataset, filesFor(dataset));
}

/** Index of the fixture relationship of this type between these two actors. */
function relIndex(type: string, from: string, to: string): number {
  return fixtureDataset().relationships.findIndex(
    (r) => r.type === type && r.from === from && r.to === to,
  );
}

const STRIKES = relIndex('STRIKES', 'pakistan-government', 'ttp');
const STRIKES_ID = 'pakistan-government.STRIKES.ttp';

function firstClaim(d: Dataset, index: number): Claim {
  return d.relationships[index]?.claims[0] as Claim;
}

describe('validateDataset on a valid dataset', () => {
  test('returns the dataset and counts, with no issue', () => {
    const input = fixtureDataset();
    const { dataset, issues, summary } = validateDataset(input);
    expect(issues).toEqual([]);
    expect(dataset?.actors.map((a) => a.id)).toEqual(input.actors.map((a) => a.id));
    expect(summary).toEqual({
      sources: input.sources.length,
      actors: input.actors.length,
      relationships: input.relationships.length,
      claims: input.relationships.reduce((n, r) => n + r.claims.length, 0),
      issues: 0,
    });
  });

  test('puts symmetric relationships in canonical order and leaves others alone', () => {
    const { dataset } = validate();
    const negotiates = dataset?.relationships.find((r) => r.type === 'NEGOTIATES_WITH');
    expect([negotiates?.from, negotiates?.to]).toEqual([
      'afghan-interim-government',
      'pakistan-government',
    ]);
    const accuses = dataset?.relationships.find((r) => r.type === 'ACCUSES');
    expect([accuses?.from, accuses?.to]).toEqual([
      'pakistan-government',
      'afghan-interim-government',
    ]);
  });

  test("lays out each actor's position and each relationship's ends and type, canonical order included", () => {
    const { dataset, layout } = validate();
    const actors = dataset!.actors.map((a) => a.id);
    actors.forEach((id, i) => expect(layout?.positions.get(id)).toBe(i));
    dataset!.relationships.forEach((rel, i) => {
      expect(actors[layout!.from[i]!]).toBe(rel.from);
      expect(actors[layout!.to[i]!]).toBe(rel.to);
      expect(RELATIONSHIP_TYPE_NAMES[layout!.types[i]!]).toBe(rel.type);
    });
    // The fixture writes NEGOTIATES_WITH the other way round: its ends must have been swapped.
    const swapped = dataset!.relationships.findIndex((r) => r.type === 'NEGOTIATES_WITH');
    expect(actors[layout!.from[swapped]!]).toBe('afghan-interim-government');
  });

  test('returns no dataset when there is any issue', () => {
    const result = validate((d) => {
      d.actors[0]!.id = 'Bad Id';
    });
    expect(result.dataset).toBeUndefined();
    expect(result.summary.issues).toBe(result.issues.length);
  });
});

describe('schema of each record', () => {
  test('a bad actor id names the file, the record and the field', () => {
    const { issues } = validate((d) => {
      d.actors[0]!.id = 'Bad Id';
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'seed/actors.json',
        record: 'Bad Id',
        path: 'id',
        message: expect.stringContaining('kebab-case'),
      }),
    );
  });

  test('a nested claim field is named by its dotted path', () => {
    const { issues } = validate((d) => {
      firstClaim(d, STRIKES).date = { start: '24-12-2024', precision: 'day' };
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: relFile(STRIKES),
        record: STRIKES_ID,
        path: 'claims.0.date.start',
      }),
    ]);
  });

  test('a relationship without claims, an unknown field and a record with no id', () => {
    const { issues } = validate((d) => {
      d.relationships[STRIKES]!.claims = [];
      (d.sources[0] as unknown as Record<string, unknown>).colour = 'red';
      (d.relationships as unknown[]).push({});
    });
    const last = fixtureDataset().relationships.length;
    expect(issues).toContainEqual(
      expect.objectContaining({ record: STRIKES_ID, path: 'claims', message: expect.any(String) }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'seed/sources.json',
        record: 'talks-and-strikes',
        message: expect.stringContaining('colour'),
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ record: `relationships[${last}]`, path: 'type' }),
    );
  });
});

describe('unique ids', () => {
  test('a repeated actor id points at the first one', () => {
    const { issues } = validate((d) => {
      d.actors.push({ ...d.actors[1]! });
    });
    expect(issues).toEqual([
      {
        file: 'seed/actors.json',
        record: 'pakistan-government',
        path: 'id',
        message: 'duplicate actor id (first at seed/actors.json)',
      },
    ]);
  });

  test('without file names, records are located by index', () => {
    const d = fixtureDataset();
    d.sources.push({ ...d.sources[0]! });
    const { issues } = validateDataset(d);
    expect(issues).toEqual([
      {
        record: 'talks-and-strikes',
        path: 'id',
        message: 'duplicate source id (first at sources[0])',
      },
    ]);
  });

  test('a repeated relationship points at the first one', () => {
    const d = fixtureDataset();
    const { issues } = validate((x) => {
      x.relationships.push(structuredClone(x.relationships[STRIKES]!));
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: relFile(d.relationships.length),
        record: STRIKES_ID,
        message: expect.stringContaining(`first at ${relFile(STRIKES)}`),
      }),
    ]);
  });

  test('a symmetric relationship written both ways is one relationship twice', () => {
    const { issues } = validate((d) => {
      d.relationships.push({
        type: 'MEETS',
        from: 'afghan-interim-government',
        to: 'pakistan-government',
        claims: [structuredClone(firstClaim(d, STRIKES))],
      });
    });
    expect(issues).toEqual([
      expect.objectContaining({
        record: 'afghan-interim-government.MEETS.pakistan-government',
        message: expect.stringContaining('symmetric'),
      }),
    ]);
  });

  test('an asymmetric relationship written both ways is two relationships', () => {
    const { issues } = validate((d) => {
      d.relationships.push({
        type: 'ACCUSES',
        from: 'afghan-interim-government',
        to: 'pakistan-government',
        claims: [structuredClone(firstClaim(d, STRIKES))],
      });
    });
    expect(issues).toEqual([]);
  });
});

describe('endpoints', () => {
  test('an unknown actor at either end', () => {
    const { issues } = validate((d) => {
      d.relationships[STRIKES]!.to = 'nowhere';
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: relFile(STRIKES),
        record: 'pakistan-government.STRIKES.nowhere',
        path: 'to',
        message: 'unknown actor "nowhere"',
      }),
    ]);
  });

  test('a type that does not fit the kind at one end', () => {
    const { issues } = validate((d) => {
      d.relationships[STRIKES]!.from = 'kabul';
    });
    expect(issues).toEqual([
      expect.objectContaining({
        record: 'kabul.STRIKES.ttp',
        path: 'from',
        message: expect.stringMatching(/STRIKES cannot start at kabul \(a Place\)/),
      }),
    ]);
  });

  test('an actor joined to itself', () => {
    const { issues } = validate((d) => {
      d.relationships.push({
        type: 'MEETS',
        from: 'pakistan',
        to: 'pakistan',
        claims: [structuredClone(firstClaim(d, STRIKES))],
      });
    });
    expect(issues).toEqual([
      expect.objectContaining({ record: 'pakistan.MEETS.pakistan', path: 'to' }),
    ]);
  });
});

describe('claims', () => {
  test('a claim must cite an existing source', () => {
    const { issues } = validate((d) => {
      firstClaim(d, STRIKES).source = 'missing-article';
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: relFile(STRIKES),
        record: STRIKES_ID,
        path: 'claims.0.source',
        message: 'unknown source "missing-article"',
      }),
    ]);
  });

  test('claimedBy is an actor id, "author" or "unnamed"', () => {
    const ok = validate((d) => {
      firstClaim(d, STRIKES).claimedBy = 'ttp';
      d.relationships[STRIKES]!.claims[1]!.claimedBy = 'unnamed';
    });
    expect(ok.issues).toEqual([]);
    const { issues } = validate((d) => {
      firstClaim(d, STRIKES).claimedBy = 'someone';
    });
    expect(issues).toEqual([
      expect.objectContaining({ record: STRIKES_ID, path: 'claims.0.claimedBy' }),
    ]);
  });

  test('a quote needs a Person as claimant', () => {
    const ok = validate((d) => {
      Object.assign(firstClaim(d, STRIKES), { claimedBy: 'mohammad-sadiq', quote: 'we acted' });
    });
    expect(ok.issues).toEqual([]);
    for (const claimedBy of ['pakistan-government', 'author']) {
      const { issues } = validate((d) => {
        Object.assign(firstClaim(d, STRIKES), { claimedBy, quote: 'we acted' });
      });
      expect(issues).toEqual([
        expect.objectContaining({
          record: STRIKES_ID,
          path: 'claims.0.quote',
          message: expect.stringContaining('Person'),
        }),
      ]);
    }
  });

  test('a claim date must fall within a sane range', () => {
    const ok = validate((d) => {
      firstClaim(d, STRIKES).date = { start: '1979', end: `${maxClaimYear()}`, precision: 'year' };
    });
    expect(ok.issues).toEqual([]);
    for (const start of ['1850', `${maxClaimYear() + 1}`]) {
      const { issues } = validate((d) => {
        firstClaim(d, STRIKES).date = { start, precision: 'year' };
      });
      expect(issues).toEqual([
        expect.objectContaining({
          file: relFile(STRIKES),
          record: STRIKES_ID,
          path: 'claims.0.date',
          message: expect.stringContaining('outside'),
        }),
      ]);
    }
  });
});

describe('names shared by two actors', () => {
  test('are allowed when both list them in ambiguousAliases', () => {
    expect(validate().issues).toEqual([]);
  });

  test('are an issue for each actor that does not list it', () => {
    const { issues } = validate((d) => {
      d.actors.find((a) => a.id === 'afghanistan')!.aliases.push('kabul');
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'seed/actors.json',
        record: 'afghanistan',
        path: 'aliases',
        message: expect.stringContaining('afghan-interim-government, kabul'),
      }),
    ]);
  });

  test('count names too, after folding spelling variants', () => {
    const { issues } = validate((d) => {
      d.actors.find((a) => a.id === 'kabul')!.ambiguousAliases = undefined;
      d.actors.find((a) => a.id === 'paktika')!.aliases.push('Pakistani-Taliban');
    });
    expect(issues).toContainEqual(expect.objectContaining({ record: 'kabul', path: 'name' }));
    expect(issues).toContainEqual(expect.objectContaining({ record: 'paktika', path: 'aliases' }));
    expect(issues).toContainEqual(expect.objectContaining({ record: 'ttp', path: 'aliases' }));
  });
});

test('relationship ids in issues are canonical, whichever way the record was written', () => {
  const { issues } = validate((d) => {
    d.relationships.push({
      type: 'MEETS',
      from: 'pakistan',
      to: 'china',
      claims: [{ ...structuredClone(firstClaim(d, STRIKES)), source: 'nowhere' }],
    });
  });
  expect(issues.map((i) => i.record)).toEqual([
    relationshipId({ type: 'MEETS', from: 'china', to: 'pakistan' }),
  ]);
});
