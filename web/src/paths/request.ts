// A path query as the explorer holds it: the two ends (names, aliases or ids), hop bound and types.

export interface PathRequest {
  from: string;
  to: string;
  /** Longest path in hops, MIN_HOPS to MAX_HOPS. */
  maxHops: number;
  /** Relationship types to walk; empty means every type. */
  types: string[];
  /** Follow relationships only along their direction. */
  directed: boolean;
}

export const MIN_HOPS = 1;
export const MAX_HOPS = 6;
export const DEFAULT_MAX_HOPS = 4;

/** The first-visit example: the question the product exists to answer. */
export const EXAMPLE_PATH: PathRequest = {
  from: 'TTP',
  to: 'Kabul',
  maxHops: DEFAULT_MAX_HOPS,
  types: [],
  directed: false,
};
