// The one place the API and the CLI run Cypher: checks the query's length and refuses writes
// before any backend sees it, runs it on the store's backend within the limits, times it and
// collects the elements to draw.
import type { Config } from '../../config.js';
import type { GraphStore } from '../../store/types.js';
import { CypherError } from '../errors.js';
import type { CypherLimits } from '../limits.js';
import type { CypherAnswer } from '../wire.js';
import type { CypherBackend, JsonParams } from './backend.js';
import { EmbeddedCypherBackend } from './embedded/backend.js';
import { collectGraph } from './graph.js';
import { Neo4jCypherBackend } from './neo4j/backend.js';
import { refuseDeepNesting } from './nesting.js';
import { refuseWrites } from './read-only.js';

/** "(line 2, column 1 (offset: 16))", as Neo4j and the engine put it in their messages. */
const POSITION_IN_TEXT = /\s*\(line \d+, column \d+ \(offset: \d+\)\)/;

/**
 * The same message shape from both backends: its first line, without the place (the answer
 * carries it apart) or the query excerpt and caret that may follow.
 */
function plainMessage(error: CypherError): CypherError {
  const first = error.message.split('\n')[0] ?? error.message;
  const message = first.replace(POSITION_IN_TEXT, '').trim();
  return message === error.message ? error : new CypherError(error.code, message, error.position);
}

export class CypherRunner {
  constructor(
    private readonly backend: CypherBackend,
    readonly limits: CypherLimits,
  ) {}

  get backendKind(): CypherBackend['kind'] {
    return this.backend.kind;
  }

  async run(query: string, params: JsonParams = {}): Promise<CypherAnswer> {
    const bytes = Buffer.byteLength(query, 'utf8');
    if (bytes > this.limits.maxQueryBytes) {
      throw new CypherError(
        'limit',
        `The query is ${bytes} bytes long; at most ${this.limits.maxQueryBytes} are accepted.`,
      );
    }
    refuseDeepNesting(query, this.limits.maxNesting);
    refuseWrites(query);
    const started = performance.now();
    const result = await this.backend.run(query, params, this.limits).catch((error: unknown) => {
      throw error instanceof CypherError ? plainMessage(error) : error;
    });
    const ms = Math.round((performance.now() - started) * 10) / 10;
    return {
      columns: result.columns,
      rows: result.rows,
      graph: collectGraph(result.rows),
      summary: {
        backend: this.backend.kind,
        ms,
        rows: result.rows.length,
        truncated: result.truncated,
        notifications: result.notifications,
      },
    };
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

/** The runner for the configured store: Neo4j's own Cypher, or the embedded engine in workers. */
export function createCypherRunner(store: GraphStore, config: Config): CypherRunner {
  const backend =
    store.kind === 'neo4j' && config.neo4j
      ? new Neo4jCypherBackend(config.neo4j)
      : new EmbeddedCypherBackend(store);
  return new CypherRunner(backend, config.cypherLimits);
}
