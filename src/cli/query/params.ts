// `--param name=value` options as Cypher parameters: the value is read as JSON when it is JSON
// (3 is an INTEGER, 2.5 a FLOAT, true, null, [..], {..}, "quoted"), and as a string otherwise.
import { UsageError } from '../command.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseParamOptions(options: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const option of options) {
    const eq = option.indexOf('=');
    const name = eq < 0 ? option : option.slice(0, eq);
    if (eq < 0 || !NAME.test(name)) {
      throw new UsageError(
        `--param takes name=value (a name of letters, digits and _), got "${option}"`,
      );
    }
    params[name] = jsonOrText(option.slice(eq + 1));
  }
  return params;
}

function jsonOrText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
