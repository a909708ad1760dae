// answerPaths: "who links X to Y?" — resolves both names, fetches the store's shortest and
// simple paths, and returns them ranked by length and evidence, explained, with their brokers.
import { ValidationError } from '../domain/errors.js';
import type { Claim, Source } from '../domain/schema.js';
import type { GraphStore } from '../store/types.js';
import { rankBrokers } from './brokers.js';
import { nameClaimants } from './claimants.js';
import { mergePathSets, relationshipOf, sourceOf } from './path-set.js';
import { rankPaths } from './rank.js';
import { pathBuilder } from './ranked-path.js';
import { parsePathOptions, resolveActor, type PathOptions } from './resolve-query.js';
import type { PathAnswer } from './types.js';

export async function answerPaths(
  store: GraphStore,
  fromName: string,
  toName: string,
  options: PathOptions = {},
): Promise<PathAnswer> {
  const opts = parsePathOptions(options);
  const [from, to] = await Promise.all([
    resolveActor(store, fromName),
    resolveActor(store, toName),
  ]);
  if (from.id === to.id) {
    throw new ValidationError([
      { path: 'to', message: `names the same actor as from (${from.name}); give two actors` },
    ]);
  }
  const query = { ...opts, from: from.id, to: to.id };
  // Shortest paths come whole even when the simple-path listing is cut off at the limit.
  const [shortest, simple] = await Promise.all([
    store.shortestPaths(query),
    store.simplePaths(query),
  ]);
  const set = mergePathSets(shortest, simple);
  const ranked = rankPaths(set, opts.limit);

  // Loops, not flatMap: this runs on every uncached /api/paths request, and V8's flatMap cost
  // about a fifth of the answer.
  const claims: Claim[] = [];
  const relationships = new Set<string>();
  for (const { path } of ranked) {
    for (const { relationship } of path.hops) {
      if (relationships.has(relationship)) continue;
      relationships.add(relationship);
      claims.push(...relationshipOf(set, relationship).claims);
    }
  }
  const claimantName = await nameClaimants(store, claims, set.actors);
  const build = pathBuilder(set, claimantName);
  const paths = ranked.map((scored, i) => build(scored, i + 1));
  const sources: Record<string, Source> = {};
  for (const p of paths) for (const id of p.sources) sources[id] ??= sourceOf(set, id);

  return {
    from,
    to,
    query: opts,
    paths,
    brokers: rankBrokers(paths),
    truncated: set.truncated || set.paths.length > ranked.length,
    sources,
  };
}
