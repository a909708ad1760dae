// Tells a database actorgraph wrote (or an empty one) from one it did not, before the store
// touches it: a seed must never write into somebody else's graph unless told to (`seed --reset`).
import { SCHEMA_VERSION } from '../../cypher/graph/model.js';
import { StoreUnavailableError } from '../../domain/errors.js';
import { ACTOR_KINDS } from '../../domain/kinds.js';
import type { CypherFiles } from './cypher-files.js';
import { UNREAD_LABELS } from './load.js';
import { PropReader } from './records.js';
import type { Run } from './transactions.js';

/** Meta records written before the version was: the same layout. */
const UNVERSIONED = SCHEMA_VERSION;

const OUR_LABELS = new Set<string>([
  'Actor',
  'Source',
  'Claim',
  'Meta',
  ...ACTOR_KINDS,
  ...UNREAD_LABELS,
]);
const LABELS_SHOWN = 5;

/** Why the database is not actorgraph's to use, or undefined when it is (or is empty). */
export async function foreignContent(
  run: Run,
  query: CypherFiles['query'],
): Promise<string | undefined> {
  const [row] = await run(query.ownership);
  const r = new PropReader(row ?? {}, 'ownership row');
  if (r.bool('hasMeta')) {
    const version = row?.schemaVersion == null ? UNVERSIONED : r.num('schemaVersion');
    if (version === SCHEMA_VERSION) return undefined;
    return `an actorgraph Meta record of schema version ${version} (this actorgraph reads version ${SCHEMA_VERSION})`;
  }
  const nodes = r.num('nodes');
  if (nodes === 0) return undefined;
  // Every load writes the Meta record before it stages anything, so nodes without one, even with
  // actorgraph's labels (an :Actor is a common label), were written by something else.
  const others = r.num('otherNodes');
  const labels = r.strList('labels').filter((l) => others === 0 || !OUR_LABELS.has(l));
  const shown = labels.slice(0, LABELS_SHOWN).join(', ');
  const more = labels.length > LABELS_SHOWN ? `, and ${labels.length - LABELS_SHOWN} more` : '';
  const labelled = labels.length > 0 ? ` (labels ${shown}${more})` : ' (without labels)';
  const what = others > 0 ? `${others} node(s) actorgraph did not write` : `${nodes} node(s)`;
  return `${what}${labelled} and no actorgraph Meta record`;
}

/** The error for a database holding `found`; `database` undefined is the server's home database. */
export function foreignDatabaseError(database: string | undefined, found: string): Error {
  const name = database ? `"${database}"` : 'the home database';
  return new StoreUnavailableError(
    `the Neo4j database ${name} holds a graph actorgraph did not write: ${found}. ` +
      'Point NEO4J_DATABASE at an empty database, or run "actorgraph seed --reset" to write the ' +
      'actorgraph graph into this one (nodes of other labels stay as they are)',
  );
}
