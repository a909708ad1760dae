// The model the editor completes (src/cypher/graph/model.ts) is the one the loader writes and the
// engine runs: every label and property key of the loader's rows, and every function listed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/cypher/functions/library.js';
import { lookupAggregate, lookupFunction } from '../../src/cypher/functions/registry.js';
import { DatasetView } from '../../src/cypher/graph/dataset-view.js';
import { runQuery } from '../../src/cypher/index.js';
import { MODEL_LABELS, MODEL_PROPERTIES } from '../../src/cypher/graph/model.js';
import { validateDataset } from '../../src/domain/validate.js';
import { readSeedDir } from '../../src/seed/read.js';
import { DatasetGraph } from '../../src/store/embedded/dataset-graph.js';
import { toLoadRows } from '../../src/store/neo4j/rows.js';
import { FUNCTIONS } from '../../web/src/cypher/vocabulary.js';

const SEED_DIR = path.resolve(import.meta.dirname, '../../seed');
const PATH_SYNTAX = new Set(['shortestPath', 'allShortestPaths', 'exists']);

describe('the Cypher model in one place', () => {
  it('lists exactly the property keys the loader writes for each label', async () => {
    const { raw, files } = await readSeedDir(SEED_DIR);
    const { dataset, names, layout } = validateDataset(raw, files);
    if (!dataset || !names || !layout) throw new Error('the seed does not validate');
    const rows = toLoadRows(dataset);
    const keys = (row: object | undefined) => Object.keys(row ?? {}).sort();
    const sorted = (list: readonly string[]) => [...list].sort();
    expect(keys(rows.sources[0])).toEqual(sorted(MODEL_PROPERTIES.Source));
    expect(keys([...rows.actorsByKind.values()][0]?.[0])).toEqual(sorted(MODEL_PROPERTIES.Actor));
    const rel = [...rows.relationshipsByType.values()][0]?.[0];
    expect(keys(rel?.props)).toEqual(sorted(MODEL_PROPERTIES.relationship));
    expect(keys(rows.claims[0]?.props)).toEqual(sorted(MODEL_PROPERTIES.Claim));
    const graph = new DatasetGraph(dataset, names, layout);
    const meta = runQuery(new DatasetView(graph, 'rev-1'), 'MATCH (m:Meta) RETURN keys(m) AS k');
    expect(String(meta.rows[0]?.[0]).split(',').sort()).toEqual(sorted(MODEL_PROPERTIES.Meta));
    const labels = runQuery(
      new DatasetView(graph, 'rev-1'),
      'MATCH (n) RETURN DISTINCT labels(n)[0]',
    );
    expect(labels.rows.map((r) => String(r[0])).sort()).toEqual(sorted(MODEL_LABELS));
  });

  it('completes only functions the engine knows', () => {
    const unknown = FUNCTIONS.filter(
      (name) => !PATH_SYNTAX.has(name) && !lookupFunction(name) && !lookupAggregate(name),
    );
    expect(unknown).toEqual([]);
  });
});
