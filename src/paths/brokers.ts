// Brokers: the intermediary actors of a set of paths (never the two endpoints), ranked by how
// many of the paths pass through them.
import type { ActorSummary } from '../store/types.js';
import type { Broker } from './types.js';

export function rankBrokers(paths: ReadonlyArray<{ nodes: readonly ActorSummary[] }>): Broker[] {
  const counts = new Map<string, { actor: ActorSummary; paths: number }>();
  for (const { nodes } of paths) {
    // Simple paths visit a node once, so each intermediary counts once per path.
    for (const actor of nodes.slice(1, -1)) {
      const entry = counts.get(actor.id) ?? { actor, paths: 0 };
      entry.paths += 1;
      counts.set(actor.id, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.paths - a.paths || a.actor.name.localeCompare(b.actor.name))
    .map(({ actor, paths: n }) => ({ actor, paths: n, share: n / paths.length }));
}
