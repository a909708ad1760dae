// The two graphs the crash-safety writer alternates between, told apart by their sizes.
export const CRASH_GRAPHS = [
  { actors: 5_000, relationships: 25_000, seed: 1 },
  { actors: 5_000, relationships: 30_000, seed: 2 },
] as const;
