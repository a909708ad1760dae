// `actorgraph query`: runs one read-only Cypher query (or, with none, an interactive shell)
// through the same runner as POST /api/cypher, and prints a table, CSV or JSON.
import { CypherError } from '../../cypher/errors.js';
import { CYPHER_EXAMPLES } from '../../cypher/examples.js';
import { CYPHER_OUTCOMES } from '../../cypher/run/outcomes.js';
import { createCypherRunner, type CypherRunner } from '../../cypher/run/runner.js';
import { UsageError, type Command } from '../command.js';
import { note, print } from '../output.js';
import { parseParamOptions } from '../query/params.js';
import {
  QueryFailed,
  formatAnswer,
  formatCypherError,
  formatNotifications,
  type Format,
} from '../query/print.js';
import { SHELL_HELP, runShell } from '../query/shell.js';
import { withStore } from '../store.js';

async function runOne(
  runner: CypherRunner,
  query: string,
  params: Record<string, unknown>,
  format: Format,
) {
  try {
    const answer = await runner.run(query, params);
    print(formatAnswer(answer, format));
    formatNotifications(answer).forEach(note);
  } catch (error) {
    if (!(error instanceof CypherError)) throw error;
    throw new QueryFailed(formatCypherError(error, query), CYPHER_OUTCOMES[error.code].exit);
  }
}

const EXAMPLE = CYPHER_EXAMPLES.find((e) => e.id === 'shelters-ttp');

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a read-only Cypher query (no query: an interactive shell)',
  help: `Usage: actorgraph query ["<cypher>"] [--param name=value]... [--json | --csv]

Runs one read-only Cypher query on the configured store (Neo4j's own Cypher, or the embedded
engine) and prints a table. Write clauses are refused. Without a query, opens a shell:
${SHELL_HELP.replace(/^/gm, '  ')}

Options:
  --param n=v  a query parameter ($n); the value is JSON if it reads as JSON (3, true, ["a"]),
               text otherwise; repeat for more
  --json       print the answer as the API's JSON (columns, rows, graph, summary)
  --csv        print the rows as CSV
  -h, --help   show this help

Limits come from ACTORGRAPH_CYPHER_TIMEOUT_MS (5000), _MAX_ROWS (1000), _MAX_QUERY_BYTES and the
rest (see the README). Exit codes: 0 answered, 1 the query failed, 2 usage mistake.

Examples (the README has them all; in the shell, :examples):
  actorgraph query "MATCH (a:ArmedGroup) RETURN a.name ORDER BY a.name"
  actorgraph query "MATCH (a:Actor {id: \\$id})-[r]-(b) RETURN type(r), b.name" --param id=ttp
  actorgraph query ${JSON.stringify(EXAMPLE?.query.split('\n')[0] ?? '')} ...`,
  options: {
    param: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
  },
  positionals: [],
  optionalPositionals: ['cypher'],
  async run({ values, positionals: [query] }) {
    if (values.json && values.csv) throw new UsageError('--json and --csv cannot be used together');
    const format: Format = values.json ? 'json' : values.csv ? 'csv' : 'table';
    const params = parseParamOptions((values.param as string[] | undefined) ?? []);
    if (query !== undefined && query.trim() === '') throw new UsageError('the query is empty');
    await withStore(
      async ({ store, config }) => {
        const runner = createCypherRunner(store, config);
        try {
          if (query !== undefined) {
            await runOne(runner, query, params, format);
            return;
          }
          await runShell(async (statement) => {
            try {
              await runOne(runner, statement, params, format);
            } catch (error) {
              if (!(error instanceof QueryFailed)) throw error;
              note(error.message);
            }
          });
        } finally {
          await runner.close();
        }
      },
      { seedEmpty: 'embedded' },
    );
  },
};
