// Splitting cypher/schema.cypher into the statements the store runs one by one.
import { describe, expect, it } from 'vitest';
import { splitStatements, type Cypher } from '../../src/store/neo4j/cypher-files.js';

describe('splitStatements', () => {
  it('splits at semicolons ending a line and drops chunks of comments alone', () => {
    const text = [
      '// The header; it mentions a semicolon.',
      '',
      'CREATE INDEX a IF NOT EXISTS FOR (c:Claim) ON (c.relId);',
      '// A comment before the next one',
      'CREATE CONSTRAINT b IF NOT EXISTS',
      '  FOR (s:Source) REQUIRE s.id IS UNIQUE;  ',
      '// trailing comment',
      '',
    ].join('\n') as Cypher;
    expect(splitStatements(text)).toEqual([
      '// The header; it mentions a semicolon.\n\nCREATE INDEX a IF NOT EXISTS FOR (c:Claim) ON (c.relId)',
      '// A comment before the next one\nCREATE CONSTRAINT b IF NOT EXISTS\n  FOR (s:Source) REQUIRE s.id IS UNIQUE',
    ]);
  });

  it('keeps a last statement with no semicolon', () => {
    expect(splitStatements('RETURN 1 AS a;\nRETURN 2 AS b' as Cypher)).toEqual([
      'RETURN 1 AS a',
      'RETURN 2 AS b',
    ]);
  });
});
