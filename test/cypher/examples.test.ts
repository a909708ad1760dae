// The README's example queries (src/cypher/examples.ts) answer on every store, with what the
// seed says, and alike on the embedded engine and on Neo4j.
import { describe, expect, it } from 'vitest';
import { CYPHER_EXAMPLES } from '../../src/cypher/examples.js';
import type { CypherAnswer } from '../../src/cypher/wire.js';
import { BACKEND_NAMES, seededBackends } from './support/backends.js';
import { comparableRows, isOrdered } from './support/compare.js';

const backends = seededBackends();
const answers = new Map<string, Map<string, CypherAnswer>>();

async function answer(backend: string, id: string): Promise<CypherAnswer> {
  const cached = answers.get(backend)?.get(id);
  if (cached) return cached;
  const example = CYPHER_EXAMPLES.find((e) => e.id === id);
  const result = await backends.get(backend)!.runner.run(example!.query);
  if (!answers.has(backend)) answers.set(backend, new Map());
  answers.get(backend)!.set(id, result);
  return result;
}

const column = (a: CypherAnswer, name: string) => a.rows.map((row) => row[a.columns.indexOf(name)]);

describe.each(BACKEND_NAMES)('the README examples on the %s store', (backend) => {
  it.each(CYPHER_EXAMPLES.map((e) => e.id))('%s answers with rows, whole', async (id) => {
    const a = await answer(backend, id);
    expect(a.rows.length).toBeGreaterThan(0);
    expect(a.summary).toMatchObject({ backend, truncated: false });
  });

  it('the Afghan Interim Government shelters the TTP, alleged by Pakistan and denied by itself', async () => {
    const a = await answer(backend, 'shelters-ttp');
    expect(new Set(column(a, 'host'))).toEqual(new Set(['Afghan Interim Government']));
    const said = a.rows.map((r) => `${r[1]} by ${r[2]}`);
    expect(said).toContain('alleged by Pakistan');
    expect(said).toContain('denied by Afghan Interim Government');
  });

  it('the 24 December strikes: Kabul alleges at least 46 killed, the article reports over 30 militants', async () => {
    const a = await answer(backend, 'strikes-figures');
    const figures = a.rows.map((r) => `${r[1]} (${r[2]}): ${r[3]}`).join('\n');
    expect(figures).toMatch(/Afghan Interim Government \(alleged\): .*"value":46/);
    expect(figures).toMatch(/author \(reported\): .*"value":30/);
  });

  it('the TTP is two hops from Kabul (city), and the paths are drawn', async () => {
    const a = await answer(backend, 'ttp-to-kabul');
    expect(column(a, 'length')).toEqual([2]);
    expect(a.graph.nodes).toHaveLength(3);
    expect(a.graph.edges).toHaveLength(2);
    const all = await answer(backend, 'all-ttp-to-kabul');
    expect(all.rows.length).toBeGreaterThan(1);
    expect(all.rows.every((r) => (r[0] as string[]).length === 3)).toBe(true);
  });

  it('the relationship counts by type add up to the store’s count', async () => {
    const a = await answer(backend, 'types-count');
    const total = (column(a, 'relationships') as number[]).reduce((x, y) => x + y, 0);
    const { relationships } = await backends.get(backend)!.store.stats();
    expect(relationships).toBeGreaterThan(100);
    expect(total).toBe(relationships);
  });
});

describe.skipIf(BACKEND_NAMES.length < 2)('the README examples: embedded and Neo4j agree', () => {
  it.each(CYPHER_EXAMPLES.map((e) => [e.id, e] as const))('%s', async (id, example) => {
    const [embedded, neo4j] = await Promise.all([answer('embedded', id), answer('neo4j', id)]);
    expect(embedded.columns).toEqual(neo4j.columns);
    const keep = (a: CypherAnswer) => {
      const picked = example.compare?.map((c) => a.columns.indexOf(c));
      return picked ? a.rows.map((row) => picked.map((i) => row[i] ?? null)) : a.rows;
    };
    const ordered = isOrdered(example.query);
    expect(comparableRows(keep(embedded), ordered)).toEqual(comparableRows(keep(neo4j), ordered));
  });
});
