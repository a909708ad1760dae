// The interactive Cypher shell of `actorgraph query` with no query: statements may span lines
// and end with `;`, commands start with `:`, and the input history is kept across sessions.
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CYPHER_EXAMPLES } from '../../cypher/examples.js';
import { columns, indent, note, print } from '../output.js';

const HISTORY_SIZE = 500;

export const SHELL_HELP = `Type a Cypher statement and end it with ";" (it may span several lines).
  :help          this help
  :examples      the example queries
  :example <id>  run one of them
  :exit          leave (also :quit or Ctrl-D)`;

function historyFile(): string {
  return process.env.ACTORGRAPH_HISTORY ?? path.join(homedir(), '.actorgraph_history');
}

function readHistory(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/** Reads statements until :exit or the end of input; `run` prints each one's answer or error. */
export async function runShell(run: (query: string) => Promise<void>): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  const file = historyFile();
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
    history: readHistory(file),
    historySize: HISTORY_SIZE,
  });
  rl.on('history', (history: string[]) => {
    try {
      writeFileSync(file, history.join('\n') + '\n');
    } catch {
      // A history that cannot be saved costs the next session its history, nothing more.
    }
  });
  const prompt = (continued: boolean) => {
    if (!interactive) return;
    rl.setPrompt(continued ? '     ...> ' : 'actorgraph> ');
    rl.prompt();
  };
  if (interactive)
    print(`actorgraph Cypher shell (read-only). ${SHELL_HELP.split('\n')[0]} :help for more.`);
  let buffer = '';
  prompt(false);
  for await (const line of rl) {
    const trimmed = line.trim();
    if (buffer === '' && trimmed.startsWith(':')) {
      const [command, arg] = trimmed.split(/\s+/);
      if (command === ':exit' || command === ':quit') break;
      if (command === ':help') print(SHELL_HELP);
      else if (command === ':examples') {
        print(columns(CYPHER_EXAMPLES.map((e) => [e.id, e.question])));
      } else if (command === ':example') {
        const example = CYPHER_EXAMPLES.find((e) => e.id === arg);
        if (example) {
          print(indent(example.query, 2));
          await run(example.query);
        } else note(`No example "${arg ?? ''}"; :examples lists them.`);
      } else note(`Unknown command ${command}; :help lists the commands.`);
      prompt(false);
      continue;
    }
    buffer += (buffer ? '\n' : '') + line;
    if (buffer.trimEnd().endsWith(';')) {
      const query = buffer.trimEnd().slice(0, -1);
      buffer = '';
      if (query.trim()) await run(query);
    }
    prompt(buffer !== '');
  }
  rl.close();
  if (buffer.trim()) note('The last statement had no closing ";" and was not run.');
}
