// Every GraphStore read, with arguments drawn from a dataset by a seeded random walk: the calls the
// differential suite makes on both stores. Each call names itself, so a difference says where.
import { seededRandom } from '../../src/bench/synthetic.js';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import type { Dataset } from '../../src/domain/schema.js';
import type { GraphStore, PathQuery } from '../../src/store/types.js';

export interface StoreCall {
  name: string;
  call: (store: GraphStore) => Promise<unknown>;
}

/** An answer or the error it threw (class, message, and the fields our errors carry). */
export async function outcome(call: StoreCall, store: GraphStore): Promise<unknown> {
  try {
    return { ok: await call.call(store) };
  } catch (error) {
    if (!(error instanceof Error)) return { threw: String(error) };
    const { name, message, ...fields } = Object.assign({}, error, {
      name: error.constructor.name,
      message: error.message,
    });
    return { threw: name, message, fields };
  }
}

export interface CallCounts {
  /** Actor pairs for each path query variant. */
  pairs: number;
  /** Centers for each neighbourhood depth. */
  centers: number;
  /** Actors read whole, names resolved and searched. */
  actors: number;
}

export function storeCalls(dataset: Dataset, counts: CallCounts, seed = 7): StoreCall[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Actors with relationships, so paths and neighbourhoods have something to find.
  const linked = [...new Set(dataset.relationships.flatMap((r) => [r.from, r.to]))];
  const usedTypes = [...new Set(dataset.relationships.map((r) => r.type))];
  const someTypes = () => [pick(usedTypes), pick(usedTypes)];
  const days = dataset.relationships
    .flatMap((r) => r.claims.map((c) => c.date?.start))
    .filter((d): d is string => d !== undefined)
    .sort();
  const calls: StoreCall[] = [
    { name: 'stats', call: (s) => s.stats() },
    { name: 'isEmpty', call: (s) => s.isEmpty() },
    { name: 'exportDataset', call: (s) => s.exportDataset() },
    { name: 'listSources', call: (s) => s.listSources() },
    { name: 'getGraph()', call: (s) => s.getGraph() },
    { name: 'getSource(unknown)', call: (s) => s.getSource('no-such-source') },
    { name: 'getActor(unknown)', call: (s) => s.getActor('no-such-actor') },
  ];
  for (const source of dataset.sources.slice(0, counts.actors)) {
    calls.push({ name: `getSource(${source.id})`, call: (s) => s.getSource(source.id) });
  }
  const filters = [
    { kinds: [pick(ACTOR_KINDS), pick(ACTOR_KINDS)] },
    { types: someTypes() },
    { minClaims: 2 },
    { contestedOnly: true },
    { from: days[Math.floor(days.length / 3)], to: days[Math.floor((2 * days.length) / 3)] },
    { from: days[Math.floor(days.length / 2)]?.slice(0, 7) },
    { to: days[Math.floor(days.length / 4)]?.slice(0, 4) },
    { kinds: [...ACTOR_KINDS].slice(0, 4), types: someTypes(), minClaims: 1, from: days[0] },
  ];
  for (const filter of filters) {
    calls.push({ name: `getGraph(${JSON.stringify(filter)})`, call: (s) => s.getGraph(filter) });
  }
  for (let i = 0; i < counts.actors; i++) {
    const actor = pick(dataset.actors);
    const name = i % 2 === 0 ? actor.name : (actor.aliases?.[0] ?? actor.id);
    const query = actor.name.slice(0, 3 + (i % 5));
    const kinds = [actor.kind, pick(ACTOR_KINDS)];
    calls.push(
      { name: `getActor(${actor.id})`, call: (s) => s.getActor(actor.id) },
      { name: `resolve(${name})`, call: (s) => s.resolve(name) },
      { name: `resolve(${name}x)`, call: (s) => s.resolve(`${name}x`) },
      { name: `search(${query})`, call: (s) => s.search(query, { limit: 20 }) },
      {
        name: `search(${query}, kinds)`,
        call: (s) => s.search(query, { kinds }),
      },
    );
  }
  for (let i = 0; i < counts.centers; i++) {
    const center = pick(linked);
    for (const depth of [1, 2, 3] as const) {
      const types = i % 2 === 1 ? someTypes() : undefined;
      calls.push({
        name: `neighbourhood(${center}, ${depth}, ${String(types)})`,
        call: (s) => s.neighbourhood(center, { depth, types }),
      });
    }
  }
  calls.push(
    { name: 'getGraph(bad kind)', call: (s) => s.getGraph({ kinds: ['Planet' as never] }) },
    { name: 'getGraph(bad window)', call: (s) => s.getGraph({ from: '2025-02', to: '2024' }) },
    {
      name: 'neighbourhood(bad depth)',
      call: (s) => s.neighbourhood(linked[0] ?? '', { depth: 4 as never }),
    },
  );
  calls.push({
    name: 'neighbourhood(unknown)',
    call: (s) => s.neighbourhood('no-such-actor', { depth: 1 }),
  });
  const variants: Array<Omit<PathQuery, 'from' | 'to'>> = [
    { maxHops: 4, directed: false, limit: 100 },
    { maxHops: 6, directed: true, limit: 50 },
    { maxHops: 3, directed: false, limit: 3 },
    { maxHops: 5, directed: false, limit: 20, types: someTypes() },
  ];
  for (let i = 0; i < counts.pairs; i++) {
    const from = pick(linked);
    const to = pick(linked);
    if (from === to) continue;
    variants.forEach((variant, v) => {
      const query = { from, to, ...variant };
      // Every hop bound from 1 to 6 across the pairs: Neo4j's query splits each path in two
      // halves by it (cypher/queries/simple-paths.cypher).
      const simple = { ...query, maxHops: 1 + ((i * variants.length + v) % 6) };
      calls.push(
        { name: `shortestPaths(${JSON.stringify(query)})`, call: (s) => s.shortestPaths(query) },
        { name: `simplePaths(${JSON.stringify(simple)})`, call: (s) => s.simplePaths(simple) },
      );
    });
  }
  calls.push({
    name: 'shortestPaths(unknown end)',
    call: (s) =>
      s.shortestPaths({
        from: 'no-such-actor',
        to: linked[0] ?? '',
        maxHops: 3,
        directed: false,
        limit: 5,
      }),
  });
  return calls;
}
