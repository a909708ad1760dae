// The labels and property keys of the graph model (cypher/schema.cypher) that both stores show to
// Cypher, in one place for the editor's completion; a test holds them to the loader's rows.
/** The layout of cypher/schema.cypher, written on the Meta record by every load. */
export const SCHEMA_VERSION = 1;

export const MODEL_LABELS = ['Actor', 'Claim', 'Source', 'Meta'] as const;

const DATE_KEYS = (prefix: string): string[] =>
  ['Start', 'End', 'Precision', 'Inferred'].map((part) => prefix + part);

/** Property keys per element of the model; relationships are the vocabulary types between actors. */
export const MODEL_PROPERTIES = {
  Actor: [
    'id',
    'kind',
    'name',
    'aliases',
    'ambiguousAliases',
    'description',
    ...DATE_KEYS('date'),
    'ord',
  ],
  relationship: [
    'id',
    'symmetric',
    'contested',
    'role',
    'claimCount',
    'sources',
    'first',
    'last',
    'ord',
  ],
  Claim: [
    'id',
    'relId',
    'relFrom',
    'relTo',
    'ord',
    'summary',
    'claimedBy',
    'claimedByNote',
    'status',
    'quote',
    ...DATE_KEYS('date'),
    'sameDayAsReport',
    'first',
    'last',
    'figures',
  ],
  Source: [
    'id',
    'title',
    'publisher',
    'author',
    'kind',
    'summary',
    ...DATE_KEYS('published'),
    'ord',
  ],
  Meta: ['key', 'revision', 'schemaVersion'],
} as const satisfies Record<string, readonly string[]>;

/** Every property key of the model once, in the order above. */
export function modelPropertyKeys(): string[] {
  return [...new Set(Object.values(MODEL_PROPERTIES).flat())];
}
