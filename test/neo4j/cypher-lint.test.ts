// Every Cypher statement the Neo4j store sends passes Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support) against the graph model, with no error and no warning.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import {
  cypherDir,
  LOAD_FILES,
  QUERY_FILES,
  readCypherFiles,
  type CypherFiles,
} from '../../src/store/neo4j/cypher-files.js';
import { withKindLabel, withRelationshipType } from '../../src/store/neo4j/identifiers.js';
import { HELPER_TYPES, MODEL_SCHEMA, NODE_LABELS } from './model-schema.js';

/**
 * Every diagnostic but "parameter not declared" (the store declares them at run time). The linter
 * swallows a crash of its semantic analysis and then reports nothing, so a query whose analysis
 * left no symbol table is a problem too. Schema commands never get one, hence `schemaCommand`.
 */
function problems(statement: string, { schemaCommand = false } = {}): string[] {
  const { diagnostics, symbolTables } = lintCypherQuery(statement, MODEL_SCHEMA);
  const found = diagnostics
    .map((d) => ({
      line: d.range.start.line + 1,
      message: typeof d.message === 'string' ? d.message : d.message.value,
    }))
    .filter(isNotParamError)
    .map((d) => `line ${d.line}: ${d.message}`);
  if (!schemaCommand && symbolTables.some((t) => t.length === 0)) {
    found.push('the semantic analysis did not run to the end');
  }
  return found;
}

let files: CypherFiles;
beforeAll(async () => {
  files = await readCypherFiles();
});

describe('the linter', () => {
  it('reports a syntax error', () => {
    expect(problems('MATCH (a:Actor {id: $id} RETURN a')).not.toEqual([]);
  });

  it('reports a variable used but never bound', () => {
    expect(problems('MATCH (a:Actor) RETURN b')).not.toEqual([]);
  });

  it('reports a label, type or property outside the model', () => {
    expect(problems('MATCH (a:Actr) RETURN a')).not.toEqual([]);
    expect(problems('MATCH (:Actor)-[r:STRIKE]->(:Actor) RETURN r')).not.toEqual([]);
    expect(problems('MATCH (a:Actor) RETURN a.nmae')).not.toEqual([]);
  });

  it('reports a function the server lacks, such as a plugin one', () => {
    expect(problems('RETURN apoc.convert.toJson(1) AS j')).not.toEqual([]);
    expect(problems('RETURN toJson(1) AS j')).not.toEqual([]);
  });

  it('reports a schema command with an unbound variable', () => {
    const statement = 'CREATE INDEX x IF NOT EXISTS FOR (c:Claim) ON (d.relId)';
    expect(problems(statement, { schemaCommand: true })).not.toEqual([]);
  });

  it('reports a statement its semantic analysis cannot finish', () => {
    // A subquery expression inside a map literal makes the analysis give up silently.
    const statement = 'MATCH (a:Actor) RETURN {n: COUNT { (a)--() }} AS m, nowhere';
    expect(problems(statement)).toEqual(['the semantic analysis did not run to the end']);
  });

  it('passes a sound statement', () => {
    expect(problems('MATCH (a:Actor {id: $id})-[r]->(b:Actor) RETURN a.name, r.id, b.id')).toEqual(
      [],
    );
  });
});

describe('cypher/', () => {
  it('holds exactly the files the store reads', () => {
    const onDisk = (folder: string) =>
      readdirSync(path.join(cypherDir(), folder))
        .filter((f) => f.endsWith('.cypher'))
        .map((f) => f.replace(/\.cypher$/, ''))
        .sort();
    expect(onDisk('load')).toEqual([...LOAD_FILES].sort());
    expect(onDisk('queries')).toEqual([...QUERY_FILES].sort());
    expect(readdirSync(cypherDir()).filter((f) => f.endsWith('.cypher'))).toEqual([
      'schema.cypher',
    ]);
  });

  it('schema.cypher: each statement the store runs is clean and idempotent', () => {
    expect(files.schema.length).toBeGreaterThan(0);
    for (const statement of files.schema) {
      expect(problems(statement, { schemaCommand: true }), statement).toEqual([]);
      expect(statement).toMatch(/\bIF (NOT )?EXISTS\b/);
    }
  });

  it.each(QUERY_FILES)('queries/%s.cypher is clean', (name) => {
    expect(problems(files.query[name])).toEqual([]);
  });

  it.each([
    'prepare',
    'clear-unreadable',
    'sources',
    'actors',
    'claims',
    'retire',
    'promote-sources',
    'promote-claims',
    'revision',
  ] as const)('load/%s.cypher is clean', (name) => {
    expect(problems(files.load[name])).toEqual([]);
  });

  it.each(ACTOR_KINDS)(
    'load/retire-kind.cypher and promote-actors.cypher are clean for %s',
    (kind) => {
      expect(problems(withKindLabel(files.load['retire-kind'], kind))).toEqual([]);
      expect(problems(withKindLabel(files.load['promote-actors'], kind))).toEqual([]);
    },
  );

  it.each(RELATIONSHIP_TYPE_NAMES)('load/relationships.cypher is clean for the type %s', (type) => {
    expect(problems(withRelationshipType(files.load.relationships, type))).toEqual([]);
  });

  it('load statements stage batches by CREATE, under labels no read asks for', () => {
    for (const name of ['sources', 'actors', 'relationships', 'claims'] as const) {
      expect(files.load[name]).toMatch(/^UNWIND \$batch AS row$/m);
      expect(files.load[name]).toMatch(/\bCREATE\b/);
      const statement = files.load[name].replace(/^\s*\/\/.*$/gm, '');
      expect(statement).not.toMatch(/\bMERGE\b|:(Actor|Source|Claim)\b/);
    }
  });
});

describe('the graph model', () => {
  it('gives no helper relationship type a vocabulary name', () => {
    for (const t of HELPER_TYPES) expect(RELATIONSHIP_TYPE_NAMES).not.toContain(t);
  });

  it('gives no node label an actor-kind name', () => {
    for (const l of NODE_LABELS) expect(ACTOR_KINDS).not.toContain(l);
  });
});
