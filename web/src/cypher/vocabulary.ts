// What the editor completes: the model's labels and properties (src/cypher/graph/model.ts), the
// relationship types the API serves, and the Cypher functions analysts reach for.
import { MODEL_LABELS, modelPropertyKeys } from '../../../src/cypher/graph/model.js';

/** The names the editor completes, by the kind of name. */
export interface Vocabulary {
  labels: readonly string[];
  types: readonly string[];
  properties: readonly string[];
  functions: readonly string[];
}

/** A selection of the engine's functions (a test holds each to its registry) and path syntax. */
export const FUNCTIONS = [
  'count',
  'collect',
  'sum',
  'avg',
  'min',
  'max',
  'percentileCont',
  'percentileDisc',
  'stDev',
  'coalesce',
  'type',
  'labels',
  'id',
  'elementId',
  'properties',
  'keys',
  'nodes',
  'relationships',
  'length',
  'size',
  'head',
  'last',
  'tail',
  'range',
  'reverse',
  'toString',
  'toInteger',
  'toFloat',
  'toBoolean',
  'toLower',
  'toUpper',
  'trim',
  'split',
  'replace',
  'substring',
  'left',
  'right',
  'startNode',
  'endNode',
  'shortestPath',
  'allShortestPaths',
  'exists',
  'date',
  'datetime',
  'duration',
  'abs',
  'round',
  'floor',
  'ceil',
  'sqrt',
];

export function editorVocabulary(kinds: readonly string[], types: readonly string[]): Vocabulary {
  return {
    labels: [...MODEL_LABELS, ...kinds],
    types: [...types, 'CITES'],
    properties: modelPropertyKeys(),
    functions: FUNCTIONS,
  };
}
