// Reads the Cypher the Neo4j store sends, once at start-up, from cypher/: the schema statements,
// the load templates and one file per store query. A missing file fails the start, by name.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { packageRoot } from '../../seed/package-root.js';

export const LOAD_FILES = [
  'prepare',
  'clear-unreadable',
  'sources',
  'actors',
  'relationships',
  'claims',
  'retire-kind',
  'retire',
  'promote-actors',
  'promote-sources',
  'promote-claims',
  'revision',
] as const;
export const QUERY_FILES = [
  'ping',
  'revision',
  'is-empty',
  'ownership',
  'names',
  'export-sources',
  'export-actors',
  'export-relationships',
  'graph-nodes',
  'graph-edges',
  'actor',
  'actor-relationships',
  'neighbourhood',
  'shortest-paths',
  'shortest-paths-undirected',
  'simple-paths',
  'path-details',
  'sources',
  'source',
  'stats',
] as const;

/** Text read from cypher/: the only strings the store sends to Neo4j as statements. */
export type Cypher = string & { readonly __cypher: true };

export type LoadFile = (typeof LOAD_FILES)[number];
export type QueryFile = (typeof QUERY_FILES)[number];

export interface CypherFiles {
  /** cypher/schema.cypher, one statement per entry. */
  schema: Cypher[];
  load: Record<LoadFile, Cypher>;
  query: Record<QueryFile, Cypher>;
}

export function cypherDir(): string {
  return path.join(packageRoot(), 'cypher');
}

export async function readCypherFiles(dir: string = cypherDir()): Promise<CypherFiles> {
  const read = async (file: string) => (await readFile(path.join(dir, file), 'utf8')) as Cypher;
  const readAll = async <K extends string>(folder: string, names: readonly K[]) =>
    Object.fromEntries(
      await Promise.all(names.map(async (n) => [n, await read(`${folder}/${n}.cypher`)] as const)),
    ) as Record<K, Cypher>;
  const [schema, load, query] = await Promise.all([
    read('schema.cypher'),
    readAll('load', LOAD_FILES),
    readAll('queries', QUERY_FILES),
  ]);
  return { schema: splitStatements(schema), load, query };
}

/** Statements end with a semicolon at the end of a line; chunks of comments alone are dropped. */
export function splitStatements(text: Cypher): Cypher[] {
  return (text as string)
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((s) => s.trim())
    .filter((s) =>
      s.split('\n').some((line) => line.trim() !== '' && !/^\s*\/\//.test(line)),
    ) as Cypher[];
}
