// The embedded store's dataset as a graph in Neo4j's model (cypher/schema.cypher), built from
// the very rows the Neo4j store writes, so that a query sees the same labels, types and
// properties on both stores. Absent (null) properties are not stored, as in Neo4j; JS numbers
// are FLOATs, as the driver sends them.
import type { Dataset } from '../../../domain/schema.js';
import { toLoadRows } from '../../../store/neo4j/rows.js';
import type { Row } from '../../../store/neo4j/transactions.js';
import { MemoryGraph } from '../../graph/memory.js';
import type { QueryGraph } from '../../graph/types.js';
import type { Value } from '../../values/types.js';

export interface ModelData {
  dataset: Dataset;
  revision: string;
}

function value(raw: unknown): Value {
  if (Array.isArray(raw)) return raw.map(value);
  return raw as Value;
}

function properties(row: Row): Map<string, Value> {
  const props = new Map<string, Value>();
  for (const [key, raw] of Object.entries(row))
    if (raw !== null && raw !== undefined) props.set(key, value(raw));
  return props;
}

export function modelGraph({ dataset, revision }: ModelData): QueryGraph {
  const graph = new MemoryGraph();
  const rows = toLoadRows(dataset);
  const sources = new Map<string, number>();
  for (const row of rows.sources)
    sources.set(String(row.id), graph.createNode(['Source'], properties(row)));
  const actors = new Map<string, number>();
  for (const [kind, list] of rows.actorsByKind) {
    for (const row of list)
      actors.set(String(row.id), graph.createNode(['Actor', kind], properties(row)));
  }
  for (const [type, list] of rows.relationshipsByType) {
    for (const { from, to, props } of list) {
      graph.createRelationship(
        type,
        actors.get(from) as number,
        actors.get(to) as number,
        properties(props),
      );
    }
  }
  for (const { source, props } of rows.claims) {
    const claim = graph.createNode(['Claim'], properties(props));
    graph.createRelationship('CITES', claim, sources.get(source) as number, new Map());
  }
  graph.createNode(
    ['Meta'],
    new Map<string, Value>([
      ['key', 'dataset'],
      ['revision', revision],
    ]),
  );
  return graph;
}
