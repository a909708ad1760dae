// What a CLI command is, and how its arguments are parsed: node:util parseArgs, with every
// mistake in the invocation turned into a UsageError (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { clip } from '../domain/echo.js';

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
  const options = { ...command.options, ...HELP };
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(options, argv),
      options,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (err) {
    if (isParseArgsError(err)) throw new UsageError(firstSentence(err.message));
    throw err;
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return null;
  // parseArgs keeps the last of a repeated option silently: say which one was meant instead.
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || options[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once`);
    seen.add(token.name);
  }
  const missing = command.positionals.slice(positionals.length);
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.map((p) => `<${p}>`).join(' ')}`);
  }
  const allowed = command.positionals.length + (command.optionalPositionals?.length ?? 0);
  const extra = positionals.slice(allowed);
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument "${clip(extra[0]!)}"`);
  }
  return { values, positionals };
}

/**
 * `--max-hops -1` as `--max-hops=-1`: parseArgs reads a value starting with a dash as an option
 * and answers with advice about `=`; a negative number is then refused for what it is.
 */
function joinNegativeValues(options: OptionSpecs, argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** A whole-number option value, or undefined when the option was not given. */
export function intOption(values: OptionValues, name: string): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d+$/.test(v)) {
    throw new UsageError(`--${name} must be a whole number, got "${clip(String(v))}"`);
  }
  const n = Number(v);
  // Past 2^53 a number is no longer exact; no option goes anywhere near it.
  if (!Number.isSafeInteger(n))
    throw new UsageError(`--${name} is far too large, got "${clip(v)}"`);
  return n;
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

// Node appends advice (about "--", or "=") to its messages; the first sentence says it all.
function firstSentence(message: string): string {
  return clip(message.split(/\.(?: |\n)/)[0] ?? message, 200);
}
