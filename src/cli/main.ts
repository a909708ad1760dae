#!/usr/bin/env node
// The `actorgraph` command: picks the subcommand, parses its arguments and maps errors to exit
// codes (1 for errors, 2 for usage mistakes).
import { actorCommand } from './commands/actor.js';
import { pathCommand } from './commands/path.js';
import { queryCommand } from './commands/query.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { statsCommand } from './commands/stats.js';
import { validateCommand } from './commands/validate.js';
import { packageVersion } from '../seed/index.js';
import { UsageError, parseCommandArgs, type Command } from './command.js';
import { EXIT_USAGE, reportError } from './errors.js';
import { columns, indent, note, print } from './output.js';

const COMMANDS: readonly Command[] = [
  pathCommand,
  actorCommand,
  statsCommand,
  queryCommand,
  seedCommand,
  validateCommand,
  serveCommand,
];

const HELP = `Usage: actorgraph <command> [options]

The actors of the Pakistan–Afghanistan militancy conflict, their relationships and the evidence
behind each one.

Commands:
${indent(columns(COMMANDS.map((c) => [c.name, c.summary])), 2)}

Run "actorgraph <command> --help" for a command's options; "actorgraph --version" for the version.
Environment: ACTORGRAPH_DATA (embedded store folder, default ./data); NEO4J_URI, NEO4J_USER,
NEO4J_PASSWORD, NEO4J_DATABASE (use Neo4j instead); HOST, PORT (serve).`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    print(packageVersion());
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? note : print)(HELP);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    return reportError(
      new UsageError(
        `unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`,
      ),
    );
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args === null) print(command.help);
    else await command.run(args);
    return 0;
  } catch (err) {
    return reportError(err, command.name);
  }
}

process.exitCode = await main(process.argv.slice(2));
