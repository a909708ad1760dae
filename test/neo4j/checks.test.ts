// Arguments checked before they become Cypher parameters: what the queries receive, and a
// ValidationError naming the field for each bad value.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import { graphParams, neighbourhoodParams, pathParams } from '../../src/store/neo4j/checks.js';
import { loadModeParam, MAX_HOPS } from '../../src/store/params.js';
import type { PathQuery } from '../../src/store/types.js';

function invalidField(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]?.path;
  }
  return expect.fail('expected a ValidationError');
}

describe('graphParams', () => {
  it('gives null for every filter left out', () => {
    expect(graphParams()).toEqual({
      kinds: null,
      types: null,
      minClaims: 0,
      contestedOnly: false,
      windowFirst: null,
      windowLast: null,
    });
  });

  it('widens the window to whole days at its precision', () => {
    expect(graphParams({ from: '2024', to: '2024-02' })).toMatchObject({
      windowFirst: '2024-01-01',
      windowLast: '2024-02-29',
    });
    expect(graphParams({ to: '2024-12-25' })).toMatchObject({
      windowFirst: null,
      windowLast: '2024-12-25',
    });
  });

  it('passes kinds, types and counts through', () => {
    expect(
      graphParams({ kinds: ['State'], types: ['STRIKES'], minClaims: 2, contestedOnly: true }),
    ).toMatchObject({ kinds: ['State'], types: ['STRIKES'], minClaims: 2, contestedOnly: true });
  });

  it('names the field of a bad value', () => {
    expect(invalidField(() => graphParams({ kinds: ['Robot' as never] }))).toBe('kinds');
    expect(invalidField(() => graphParams({ types: ['LOVES'] }))).toBe('types');
    expect(invalidField(() => graphParams({ from: '2024-13' }))).toBe('from');
    expect(invalidField(() => graphParams({ from: '2025', to: '2024' }))).toBe('to');
    expect(invalidField(() => graphParams({ minClaims: 1.5 }))).toBe('minClaims');
  });
});

describe('pathParams', () => {
  const base: PathQuery = { from: 'a', to: 'b', maxHops: 4, directed: false, limit: 20 };

  it('asks the query for one path more than the limit', () => {
    expect(pathParams(base)).toEqual({
      from: 'a',
      to: 'b',
      maxHops: 4,
      types: null,
      directed: false,
      limit: 20,
      take: neo4j.int(21),
    });
  });

  it('names the field of a bad value', () => {
    expect(invalidField(() => pathParams({ ...base, to: 'a' }))).toBe('to');
    expect(invalidField(() => pathParams({ ...base, maxHops: MAX_HOPS + 1 }))).toBe('maxHops');
    expect(invalidField(() => pathParams({ ...base, limit: 0 }))).toBe('limit');
    expect(invalidField(() => pathParams({ ...base, types: ['LOVES'] }))).toBe('types');
  });
});

describe('neighbourhoodParams and loadModeParam', () => {
  it('pass good values and name bad ones', () => {
    expect(neighbourhoodParams({ depth: 2, types: ['MEETS'] })).toEqual({
      depth: 2,
      types: ['MEETS'],
    });
    expect(invalidField(() => neighbourhoodParams({ depth: 4 as never }))).toBe('depth');
    expect(loadModeParam('merge')).toBe('merge');
    expect(invalidField(() => loadModeParam('append'))).toBe('mode');
  });
});
