// listSources and getSource: the cited articles, with the claims citing each.
import type { SourceDetail, SourceWithCount } from '../types.js';
import type { DatasetGraph } from './dataset-graph.js';
import { withoutClaims } from './records.js';

export function listSources(graph: DatasetGraph): SourceWithCount[] {
  return [...graph.sources()].map((s) => ({ ...s, claimCount: graph.claimCountOf(s.id) }));
}

export function sourceDetail(graph: DatasetGraph, id: string): SourceDetail | null {
  const source = graph.source(id);
  if (!source) return null;
  const claims = graph
    .citationsOf(id)
    .map(({ relationship, claim }) => ({ relationship: withoutClaims(relationship), claim }));
  return { source, claims };
}
