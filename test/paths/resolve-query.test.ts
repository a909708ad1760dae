// Checking path options: defaults, and an error naming each bad field.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import { parsePathOptions } from '../../src/paths/resolve-query.js';

function issuesOf(options: unknown): Array<{ path?: string; message: string }> {
  try {
    parsePathOptions(options);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('parsePathOptions', () => {
  it('fills in the defaults', () => {
    expect(parsePathOptions({})).toEqual({ maxHops: 4, limit: 20, directed: false });
    expect(parsePathOptions(undefined)).toEqual({ maxHops: 4, limit: 20, directed: false });
  });

  it('keeps valid options', () => {
    const opts = { maxHops: 6, limit: 100, directed: true, types: ['SHELTERS', 'SEATED_IN'] };
    expect(parsePathOptions(opts)).toEqual(opts);
  });

  it.each([
    [{ maxHops: 0 }, 'maxHops', /from 1 to 6/],
    [{ maxHops: 7 }, 'maxHops', /from 1 to 6/],
    [{ maxHops: 2.5 }, 'maxHops', /whole number/],
    [{ maxHops: '3' }, 'maxHops', /number/],
    [{ limit: 0 }, 'limit', /from 1 to 100/],
    [{ limit: 101 }, 'limit', /from 1 to 100/],
    [{ directed: 'yes' }, 'directed', /true or false/],
    [{ types: ['SHELTERS', 'HUGS'] }, 'types', /unknown relationship type "HUGS"/],
    [{ types: [] }, 'types', /at least one/],
    [{ types: 'SHELTERS' }, 'types', /list/],
    [{ depth: 2 }, 'depth', /not a path option/],
  ])('rejects %j naming the field', (options, field, message) => {
    const issues = issuesOf(options);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(field);
    expect(issues[0]?.message).toMatch(message);
  });

  it('reports every bad field at once', () => {
    const fields = issuesOf({ maxHops: 9, limit: -1, types: ['NOPE'] }).map((i) => i.path);
    expect(fields.sort()).toEqual(['limit', 'maxHops', 'types']);
  });
});
