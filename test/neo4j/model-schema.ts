// The graph model of cypher/schema.cypher as the Cypher linter's database schema: labels,
// relationship types and property keys the statements may use, and Neo4j 5's built-in functions
// and procedures (no plugin, so no APOC or GDS). Anything else in a statement draws a warning.
import { testData, type DbSchema } from '@neo4j-cypher/language-support';
import { MODEL_LABELS, modelPropertyKeys } from '../../src/cypher/graph/model.js';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { UNREAD_LABELS } from '../../src/store/neo4j/load.js';

export const NODE_LABELS = MODEL_LABELS;
/** Relationship types that are not vocabulary types. */
export const HELPER_TYPES = ['CITES'] as const;

/** Keys of the parameter rows the statements unwind, which the linter reads as property keys. */
const ROW_KEYS = ['from', 'to', 'props', 'source'];

/** A registry without the plugin entries (apoc.*, gds.*) the mock schema carries. */
function builtIns<T>(registry: Partial<Record<string, Record<string, T>>> | undefined) {
  return Object.fromEntries(
    Object.entries(registry ?? {}).map(([version, entries]) => [
      version,
      Object.fromEntries(
        Object.entries(entries ?? {}).filter(([name]) => !/^(apoc|gds)\./.test(name)),
      ),
    ]),
  );
}

export const MODEL_SCHEMA: DbSchema = {
  labels: [...NODE_LABELS, ...ACTOR_KINDS, ...UNREAD_LABELS],
  relationshipTypes: [...RELATIONSHIP_TYPE_NAMES, ...HELPER_TYPES],
  propertyKeys: [...modelPropertyKeys(), ...ROW_KEYS],
  functions: builtIns(testData.mockSchema.functions),
  procedures: builtIns(testData.mockSchema.procedures),
};
