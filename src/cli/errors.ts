// Turns any error a command throws into a clear message on stderr and an exit code:
// 2 for a usage mistake, 1 for everything else.
import {
  AmbiguousNameError,
  NotFoundError,
  ValidationError,
  formatIssue,
  type Candidate,
} from '../domain/errors.js';
import { ACTOR_KIND_INFO, isActorKind } from '../domain/kinds.js';
import { UsageError } from './command.js';
import { QueryFailed } from './query/print.js';
import { columns, indent, note, plural } from './output.js';

export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;

/** Prints what went wrong; returns the exit code. `command` names the command for usage hints. */
export function reportError(err: unknown, command?: string): number {
  const prefix = command ? `actorgraph ${command}` : 'actorgraph';
  if (err instanceof UsageError) {
    note(`${prefix}: ${err.message}`);
    note(`Run "${prefix} --help" for usage.`);
    return EXIT_USAGE;
  }
  if (err instanceof QueryFailed) {
    note(err.message);
    return err.exitCode;
  }
  if (err instanceof ValidationError) {
    note(`${plural(err.issues.length, 'problem')}:`);
    for (const issue of err.issues) note(`  ${formatIssue(issue)}`);
  } else if (err instanceof AmbiguousNameError) {
    note(`"${err.key}" could mean more than one actor; give one of these ids instead:`);
    note(candidates(err.candidates));
  } else if (err instanceof NotFoundError) {
    note(`No ${err.what} matches "${err.key}".`);
    if (err.suggestions.length > 0) {
      note('Did you mean:');
      note(candidates(err.suggestions));
    }
  } else {
    note(`${prefix}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return EXIT_ERROR;
}

function candidates(list: readonly Candidate[]): string {
  const rows = list.map((c) => {
    const kind = isActorKind(c.kind) ? ACTOR_KIND_INFO[c.kind].label : c.kind;
    const via = c.matched !== c.name ? `, matched "${c.matched}"` : '';
    return [c.id, `${c.name} (${kind}${via})`];
  });
  return indent(columns(rows), 2);
}
