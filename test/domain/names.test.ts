// Name folding, resolution (found, ambiguous, unknown) and search ranking with typo tolerance.
import { describe, expect, test } from 'vitest';
import {
  NameIndex,
  nameWords,
  normaliseName,
  typoBudget,
  withinDistance,
} from '../../src/domain/names.js';
import { fixtureDataset } from '../fixtures/dataset.js';

const index = new NameIndex(fixtureDataset().actors);

describe('normaliseName', () => {
  test('folds the i/e/ee spellings of Tehrik-i-Taliban to one key', () => {
    const keys = new Set(
      ['Tehreek-i-Taliban', 'Tehrik-i-Taliban', 'Tehrik e Taliban', 'tehrik-e-taliban'].map(
        normaliseName,
      ),
    );
    expect([...keys]).toEqual(['tehrikitaliban']);
  });

  test('treats hyphens, underscores, dots, apostrophes and spaces alike', () => {
    const keys = new Set(["Al-Qa'ida", 'al_qa.ida', 'Al Qa’ida', 'AL QA IDA'].map(normaliseName));
    expect(keys.size).toBe(1);
  });

  test('strips diacritics', () => {
    expect(normaliseName('Ḥaqqānī Network')).toBe(normaliseName('Haqqani network'));
  });

  test('keeps different names apart', () => {
    expect(normaliseName('Lashkar-e-Taiba')).not.toBe(normaliseName('Lashkar-e-Jhangvi'));
    expect(normaliseName('Pakistan')).not.toBe(normaliseName('Afghanistan'));
  });

  test('folds a standalone "e" to "i" but leaves "e" inside words', () => {
    expect(nameWords('Jaish-e-Mohammed')).toEqual(['jaish', 'i', 'mohammed']);
    expect(nameWords('Sheikh Seeda')).toEqual(['sheikh', 'sida']);
  });
});

describe('withinDistance (Damerau–Levenshtein)', () => {
  test('counts substitutions, insertions, deletions and transpositions as one edit each', () => {
    expect(withinDistance('kabul', 'kabil', 2)).toBe(1);
    expect(withinDistance('kabul', 'kabull', 2)).toBe(1);
    expect(withinDistance('kabul', 'kbul', 2)).toBe(1);
    expect(withinDistance('kabul', 'kaubl', 2)).toBe(1);
    expect(withinDistance('kabul', 'kabul', 2)).toBe(0);
  });

  test('stops at budget + 1', () => {
    expect(withinDistance('kabul', 'quetta', 2)).toBe(3);
    expect(withinDistance('ab', 'abcdef', 1)).toBe(2);
  });

  test('typo budget grows with length', () => {
    expect([3, 4, 6, 7].map(typoBudget)).toEqual([0, 1, 1, 2]);
  });
});

describe('NameIndex.resolve', () => {
  test('an exact id wins', () => {
    expect(index.resolve('ttp')).toEqual({
      status: 'found',
      actor: { id: 'ttp', kind: 'ArmedGroup', name: 'Tehrik-i-Taliban Pakistan' },
      matched: 'ttp',
    });
  });

  test('a spelling variant of the name finds the actor and says which name matched', () => {
    const r = index.resolve('Tehreek-e-Taliban  pakistan');
    expect(r).toMatchObject({ status: 'found', actor: { id: 'ttp' } });
    expect(r.status === 'found' && r.matched).toBe('Tehrik-i-Taliban Pakistan');
  });

  test('an alias finds the actor', () => {
    expect(index.resolve('pakistani taliban')).toMatchObject({
      status: 'found',
      actor: { id: 'ttp' },
      matched: 'Pakistani Taliban',
    });
  });

  test('a name two actors share is ambiguous, with both as candidates', () => {
    const r = index.resolve('Kabul');
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.candidates.map((c) => c.id).sort()).toEqual(['afghan-interim-government', 'kabul']);
    expect(r.candidates.every((c) => c.matched === 'Kabul')).toBe(true);
  });

  test('ids are case-sensitive, so "Kabul" is not taken for the id "kabul"', () => {
    expect(index.resolve('kabul')).toMatchObject({ status: 'found', actor: { id: 'kabul' } });
    expect(index.resolve('Kabul').status).toBe('ambiguous');
  });

  test('an unknown name is never guessed: it gives suggestions instead', () => {
    const r = index.resolve('Zabihulah Mujahid');
    expect(r.status).toBe('unknown');
    if (r.status !== 'unknown') return;
    expect(r.suggestions[0]?.id).toBe('zabihullah-mujahid');
  });

  test('a name with nothing close gives no suggestions', () => {
    expect(index.resolve('Ouagadougou')).toEqual({ status: 'unknown', suggestions: [] });
    expect(index.resolve('   ')).toEqual({ status: 'unknown', suggestions: [] });
  });
});

describe('NameIndex.search', () => {
  test('"Kabul" finds the Afghan Interim Government (its alias) first, then the city', () => {
    const hits = index.search('Kabul');
    expect(hits.slice(0, 2).map((h) => [h.id, h.match, h.matched])).toEqual([
      ['afghan-interim-government', 'exact', 'Kabul'],
      ['kabul', 'exact', 'Kabul'],
    ]);
  });

  test('ranks exact above prefix above substring above fuzzy', () => {
    const order = ['id', 'exact', 'prefix', 'substring', 'fuzzy'];
    const hits = index.search('pakistan', { limit: 50 });
    expect(hits[0]).toMatchObject({ id: 'pakistan', match: 'id' });
    const ranks = hits.map((h) => order.indexOf(h.match));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('matches a prefix of the name, of an alias or of a later word', () => {
    expect(index.search('Tehrik-i-Tal')[0]).toMatchObject({ id: 'ttp', match: 'prefix' });
    expect(index.search('Islamic Emi')[0]).toMatchObject({
      id: 'afghan-interim-government',
      match: 'prefix',
      matched: 'Islamic Emirate of Afghanistan',
    });
    expect(index.search('Mujah')[0]).toMatchObject({
      id: 'zabihullah-mujahid',
      match: 'prefix',
    });
  });

  test('matches a substring inside a word', () => {
    const hit = index.search('ghanis').find((h) => h.id === 'afghanistan');
    expect(hit?.match).toBe('substring');
  });

  test('tolerates typos within the length budget, and no more', () => {
    expect(index.search('Paktka')[0]).toMatchObject({ id: 'paktika', match: 'fuzzy' });
    expect(index.search('Zabihulah Mujahd')[0]).toMatchObject({ id: 'zabihullah-mujahid' });
    expect(index.search('Pktka')).toEqual([]);
    expect(index.search('Kbl')).toEqual([]);
  });

  test('filters by kind and honours the limit', () => {
    expect(index.search('Kabul', { kinds: ['Place'] }).map((h) => h.id)).toEqual(['kabul']);
    const many = index.search('a', { limit: 50 });
    expect(many.length).toBeGreaterThan(3);
    expect(index.search('a', { limit: 3 })).toEqual(many.slice(0, 3));
  });

  test('an empty query finds nothing', () => {
    expect(index.search('  -  ')).toEqual([]);
  });
});
