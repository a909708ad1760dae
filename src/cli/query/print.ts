// How `actorgraph query` prints an answer: a table (long cells cut, with the row count, time and
// backend under it), CSV, or the API's JSON; and a Cypher error with a caret under its place.
import type { CypherError } from '../../cypher/errors.js';
import { answerCsv, valueText } from '../../cypher/display.js';
import type { CypherAnswer } from '../../cypher/wire.js';
import { columns, plural } from '../output.js';

export type Format = 'table' | 'json' | 'csv';

/** Cells longer than this are cut in the table; --json and --csv give them whole. */
const CELL_WIDTH = 80;

function cut(text: string): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  return line.length > CELL_WIDTH ? `${line.slice(0, CELL_WIDTH - 1)}…` : line;
}

export function formatAnswer(answer: CypherAnswer, format: Format): string {
  if (format === 'json') return JSON.stringify(answer, null, 2);
  if (format === 'csv') return answerCsv(answer).replace(/\r\n$/, '');
  const { summary } = answer;
  const table = columns([
    answer.columns,
    ...answer.rows.map((row) => row.map((v) => cut(valueText(v)))),
  ]);
  const rule = answer.columns.length > 0 ? '\n' + table.split('\n')[0]?.replace(/./g, '-') : '';
  const [header, ...body] = table.split('\n');
  const shown = answer.columns.length > 0 ? [header + rule, ...body].join('\n') : '';
  const more = summary.truncated ? ' (more rows were cut off by the row limit)' : '';
  const footer = `${plural(summary.rows, 'row')}${more} · ${summary.ms} ms · ${summary.backend}`;
  return shown ? `${shown}\n\n${footer}` : footer;
}

export function formatNotifications(answer: CypherAnswer): string[] {
  return answer.summary.notifications.map((n) => `note: ${n.title} ${n.description}`.trim());
}

/** The message, then the query's line with a caret under the column, when the place is known. */
export function formatCypherError(error: CypherError, query: string): string {
  const where = error.position;
  const head = `${error.code} error: ${error.message}`;
  if (!where) return head;
  const line = query.split('\n')[where.line - 1] ?? '';
  return `${head}\n  ${line}\n  ${' '.repeat(Math.max(0, where.column - 1))}^`;
}

/** A query that failed: the message is already formatted (with its caret), the exit code set. */
export class QueryFailed extends Error {
  override name = 'QueryFailed';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
