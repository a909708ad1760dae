// The evidence review rules (src/domain/review.ts), each with a case it passes and one it flags,
// run through validateDataset as the seed is; every issue names file, record and field.
import { describe, expect, test } from 'vitest';
import type { Claim, Dataset, Relationship } from '../../src/domain/schema.js';
import { validateDataset } from '../../src/domain/validate.js';
import { fixtureDataset } from '../fixtures/dataset.js';

/** The fixture plus `rels`, validated with review on; only the issues of the added records. */
function review(rels: Relationship[], change: (d: Dataset) => void = () => {}) {
  const dataset = fixtureDataset();
  // The fixture's generic summaries repeat on purpose; give each its relationship's name.
  dataset.relationships.forEach((r, i) => r.claims.forEach((c) => (c.summary += ` #${i}`)));
  dataset.relationships.push(...rels);
  change(dataset);
  const files = { relationships: dataset.relationships.map((_, i) => `rel-${i}.json`) };
  return validateDataset(dataset, files, { review: true }).issues;
}

const claim = (extra: Partial<Claim> = {}): Claim => ({
  source: 'talks-and-strikes',
  summary: 'Something the article says.',
  claimedBy: 'author',
  status: 'reported',
  ...extra,
});
const rel = (type: string, from: string, to: string, claims: Claim[]): Relationship => ({
  type,
  from,
  to,
  claims,
});

test('the fixture, with its summaries made distinct, passes review', () => {
  expect(review([])).toEqual([]);
});

describe('a fact dated on its source’s publication day', () => {
  // The fixture source talks-and-strikes was published on 2024-12-26.
  const onTheDay = { start: '2024-12-26', precision: 'day' as const };

  test('is flagged, naming the date field', () => {
    const issues = review([rel('ACCUSES', 'pakistan', 'afghanistan', [claim({ date: onTheDay })])]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'rel-22.json',
        record: 'pakistan.ACCUSES.afghanistan',
        path: 'claims.0.date',
        message: expect.stringContaining('the day talks-and-strikes was published'),
      }),
    ]);
  });

  test('passes when marked as checked, or dated otherwise, or undated', () => {
    const claims = [
      claim({ date: onTheDay, sameDayAsReport: true, summary: 'a' }),
      claim({ date: { start: '2024-12-25', precision: 'day' }, summary: 'b' }),
      claim({ date: { start: '2024-12', precision: 'month' }, summary: 'c' }),
      claim({ summary: 'd' }),
    ];
    expect(review([rel('ACCUSES', 'pakistan', 'afghanistan', claims)])).toEqual([]);
  });
});

describe('a denial', () => {
  test('by the party concerned, by its spokesman, or by who carried out an event, passes', () => {
    const issues = review([
      rel('ACCUSES', 'pakistan-government', 'ttp', [
        claim({ claimedBy: 'ttp', status: 'denied', summary: 'a' }),
      ]),
      rel('SUPPORTS', 'afghan-interim-government', 'ttp', [
        claim({ claimedBy: 'zabihullah-mujahid', status: 'denied', summary: 'b' }),
      ]),
      rel('TARGETS', 'barmal-strikes', 'afghanistan', [
        claim({ claimedBy: 'pakistan-government', status: 'denied', summary: 'c' }),
      ]),
    ]);
    expect(issues).toEqual([]);
  });

  test('by anyone else is flagged on claimedBy', () => {
    const issues = review([
      rel('SUPPORTS', 'afghan-interim-government', 'ttp', [
        claim({ status: 'denied' }),
        claim({ claimedBy: 'crisis-group', status: 'denied', summary: 'x' }),
        claim({ claimedBy: 'crisis-group', status: 'disputed', summary: 'y' }),
      ]),
    ]);
    expect(issues.map((i) => [i.record, i.path])).toEqual([
      ['afghan-interim-government.SUPPORTS.ttp', 'claims.0.claimedBy'],
      ['afghan-interim-government.SUPPORTS.ttp', 'claims.1.claimedBy'],
    ]);
    expect(issues[0]?.message).toContain('"denied" is for the party concerned');
  });
});

describe('a proposal', () => {
  test('is flagged as evidence of an event type', () => {
    const issues = review([rel('STRIKES', 'pakistan', 'ttp', [claim({ status: 'proposed' })])]);
    expect(issues).toEqual([
      expect.objectContaining({
        record: 'pakistan.STRIKES.ttp',
        path: 'claims.0.status',
        message: expect.stringContaining('no evidence that STRIKES happened'),
      }),
    ]);
  });

  test('passes on a type that can stand for what is proposed', () => {
    const issues = review([
      rel('APPEALS_TO', 'pakistan', 'china', [claim({ status: 'proposed' })]),
    ]);
    expect(issues).toEqual([]);
  });
});

describe('one statement on two relationships', () => {
  test('is flagged where it appears the second time, by summary or by quote', () => {
    const said = claim({ claimedBy: 'zabihullah-mujahid', quote: 'honoured guests' });
    const issues = review([
      rel('SHELTERS', 'afghanistan', 'ttp', [said]),
      rel('SUPPORTS', 'afghan-interim-government', 'ttp', [{ ...said }]),
      rel('ACCUSES', 'pakistan', 'ttp', [{ ...said, summary: 'Other words.' }]),
    ]);
    expect(issues.map((i) => [i.record, i.path])).toEqual([
      ['afghan-interim-government.SUPPORTS.ttp', 'claims.0.summary'],
      ['afghan-interim-government.SUPPORTS.ttp', 'claims.0.quote'],
      ['pakistan.ACCUSES.ttp', 'claims.0.quote'],
    ]);
    expect(issues[0]?.message).toContain('also on afghanistan.SHELTERS.ttp');
  });

  test('passes when repeated within one relationship or said by two sources', () => {
    const issues = review([
      rel('ACCUSES', 'pakistan', 'afghanistan', [
        claim(),
        claim({ claimedBy: 'pakistan', date: { start: '2025', precision: 'year' } }),
      ]),
      rel('ACCUSES', 'pakistan', 'ttp', [claim({ source: 'fractured-relations' })]),
    ]);
    expect(issues).toEqual([]);
  });
});

test('review rules are off unless asked for: store loads check integrity only', () => {
  const dataset = fixtureDataset();
  dataset.relationships.push(rel('STRIKES', 'pakistan', 'ttp', [claim({ status: 'proposed' })]));
  expect(validateDataset(dataset).issues).toEqual([]);
});
