// The node metrics the explorer offers, declared as data: the appearance panel and the table are
// built from this list, and compute.ts holds one function per id.

export interface MetricDeclaration {
  id: string;
  label: string;
  description: string;
  /** 'size' metrics are magnitudes; 'colour' metrics are categories (community numbers). */
  use: 'size' | 'colour';
  /** Above this many actors the computation would freeze the page, so it is offered disabled. */
  maxNodes?: number;
}

export const METRICS = [
  {
    id: 'degree',
    label: 'Degree',
    description: 'How many relationships the actor has in the whole graph.',
    use: 'size',
  },
  {
    id: 'pagerank',
    label: 'PageRank',
    description: 'Influence: linked to by actors that are themselves well linked.',
    use: 'size',
  },
  {
    id: 'betweenness',
    label: 'Betweenness',
    description: 'Brokerage: how often the actor lies on the shortest path between two others.',
    use: 'size',
    maxNodes: 5000,
  },
  {
    id: 'community',
    label: 'Louvain community',
    description: 'Clusters of actors more linked to each other than to the rest.',
    use: 'colour',
  },
] as const satisfies readonly MetricDeclaration[];

export type MetricId = (typeof METRICS)[number]['id'];

export const SIZE_OPTIONS: readonly MetricDeclaration[] = METRICS.filter((m) => m.use === 'size');
export const COLOUR_OPTIONS: readonly MetricDeclaration[] = [
  {
    id: 'kind',
    label: 'Actor kind',
    description: 'The kind of actor, from the vocabulary.',
    use: 'colour',
  },
  ...METRICS.filter((m) => m.use === 'colour'),
];

export function isAvailable(declaration: MetricDeclaration, order: number): boolean {
  return declaration.maxNodes === undefined || order <= declaration.maxNodes;
}
