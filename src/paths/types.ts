// The shape of an explained path answer: ranked paths with evidence, plain-English
// explanations and brokers. Computed from a store's PathSet by pure functions in this folder.
import type { Source } from '../domain/schema.js';
import type { ActorSummary, Hop, NamedClaim } from '../store/types.js';

export interface ExplainedHop extends Hop {
  /** Whether the relationship type is symmetric (direction then means nothing). */
  symmetric: boolean;
  role?: string;
  contested: boolean;
  /** The hop's claims; their sources are described once, in PathAnswer.sources. */
  claims: NamedClaim[];
  /** Source ids citing this hop, most-cited first. */
  sources: string[];
}

export interface RankedPath {
  rank: number;
  length: number;
  nodes: ActorSummary[];
  hops: ExplainedHop[];
  /** Strength of evidence: higher is better supported (claims, distinct sources, uncontested). */
  evidence: number;
  contested: boolean;
  /** One plain-English sentence (or a few) saying what the path means, citing sources. */
  explanation: string;
  sources: string[];
}

export interface Broker {
  actor: ActorSummary;
  /** How many of the returned paths pass through this actor (as an intermediary). */
  paths: number;
  /** paths / total paths returned, 0 to 1. */
  share: number;
}

export interface PathAnswer {
  from: ActorSummary;
  to: ActorSummary;
  query: { maxHops: number; types?: string[]; directed: boolean; limit: number };
  paths: RankedPath[];
  brokers: Broker[];
  /** True when more paths existed than the limit allowed. */
  truncated: boolean;
  sources: Record<string, Source>;
}
