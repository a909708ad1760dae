// What a CLI command is, and how its arguments are parsed: node:util parseArgs, with every
// mistake in the invocation turned into a UsageError (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = ReturnType<typeof parseArgs>['values'];

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full --help text. */
  help: string;
  options: OptionSpecs;
  /** Names of the required positional arguments, in order. */
  positionals: readonly string[];
  /** Names of the positional arguments that may follow the required ones. */
  optionalPositionals?: readonly string[];
  run(args: { values: OptionValues; positionals: string[] }): Promise<void>;
}

/** A mistake in how the command was invoked. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const HELP: OptionSpecs = { help: { type: 'boolean', short: 'h' } };

/** Parses argv for `command`; returns null when --help was asked for. */
export function parseCommandArgs(
  command: Command,
  argv: string[],
): { values: OptionValues; positionals: string[] } | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, ...HELP },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    if (isParseArgsError(err)) throw new UsageError(firstSentence(err.message));
    throw err;
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  const missing = command.positionals.slice(positionals.length);
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.map((p) => `<${p}>`).join(' ')}`);
  }
  const allowed = command.positionals.length + (command.optionalPositionals?.length ?? 0);
  const extra = positionals.slice(allowed);
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument "${extra[0]}"`);
  }
  return { values, positionals };
}

/** A whole-number option value, or undefined when the option was not given. */
export function intOption(values: OptionValues, name: string): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d+$/.test(v)) {
    throw new UsageError(`--${name} must be a whole number, got "${String(v)}"`);
  }
  return Number(v);
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function isParseArgsError(err: unknown): err is Error & { code: string } {
  return (
    err instanceof Error && String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  );
}

// Node appends advice about "--" to unknown-option messages; the first sentence says it all.
function firstSentence(message: string): string {
  return message.split('. ')[0] ?? message;
}
