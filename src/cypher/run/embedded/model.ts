// The embedded store's dataset as the engine's graph: validated and numbered as the store does
// it (DatasetGraph), then seen in Neo4j's model (DatasetView).
import type { Dataset } from '../../../domain/schema.js';
import { validateDataset } from '../../../domain/validate.js';
import { DatasetGraph } from '../../../store/embedded/dataset-graph.js';
import { DatasetView } from '../../graph/dataset-view.js';
import type { QueryGraph } from '../../graph/types.js';

export interface ModelData {
  dataset: Dataset;
  revision: string;
}

export function modelGraph({ dataset, revision }: ModelData): QueryGraph {
  const { dataset: valid, names, layout, issues } = validateDataset(dataset);
  if (!valid) throw new Error(`the store's dataset does not validate: ${issues[0]?.message ?? ''}`);
  return new DatasetView(new DatasetGraph(valid, names, layout), revision);
}
