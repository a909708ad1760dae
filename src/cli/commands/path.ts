// `actorgraph path`: who links X to Y — ranked, explained paths and the brokers on them.
import { ValidationError } from '../../domain/errors.js';
import { normaliseName } from '../../domain/names.js';
import { answerPaths, type PathAnswer, type RankedPath } from '../../paths/index.js';
import { CLAIM_STATUS_INFO } from '../../domain/schema.js';
import { onlyStatus } from '../../paths/rank.js';
import type { ExplainedHop } from '../../paths/types.js';
import type { ActorSummary, NamedClaim } from '../../store/types.js';
import { intOption, stringOption, type Command } from '../command.js';
import { actorLabel, claimDates, claimStance } from '../format.js';
import { columns, indent, plural, print, printJson } from '../output.js';
import { withStore } from '../store.js';

export const pathCommand: Command = {
  name: 'path',
  summary: 'who links X to Y: ranked, explained paths and their brokers',
  help: `Usage: actorgraph path <from> <to> [--max-hops N] [--types A,B] [--directed] [--limit N] [--json]

Finds the paths between two actors (names, aliases or ids: "TTP", "Kabul", "pakistan"), shortest
first and then by strength of evidence, each hop with its relationship type, direction and
sources, and a plain-English explanation; then the brokers: the intermediaries most paths pass
through. An empty embedded store is seeded first.

Options:
  --max-hops N   longest path, 1 to 6 hops (default 4)
  --types A,B    follow only these relationship types (e.g. SHELTERS,SEATED_IN)
  --directed     follow relationships only along their direction (symmetric ones both ways)
  --limit N      most paths to show, 1 to 100 (default 20)
  --json         print the whole answer as JSON
  -h, --help     show this help`,
  options: {
    'max-hops': { type: 'string' },
    types: { type: 'string' },
    directed: { type: 'boolean' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: ['from', 'to'],
  async run({ values, positionals: [from = '', to = ''] }) {
    const types = stringOption(values, 'types')
      ?.split(',')
      .map((t) => t.trim().toUpperCase().replace(/-/g, '_'))
      .filter(Boolean);
    const options = {
      maxHops: intOption(values, 'max-hops'),
      limit: intOption(values, 'limit'),
      directed: values.directed === true,
      types,
    };
    const answer = await withStore(
      ({ store }) => answerPaths(store, from, to, options).catch(renameFields),
      { seedEmpty: 'embedded' },
    );
    if (values.json) printJson(answer);
    else print(formatAnswer(answer, { from, to }));
  },
};

// answerPaths names the fields of its options; on the command line they are flags.
const FLAGS: Record<string, string> = {
  maxHops: '--max-hops',
  limit: '--limit',
  types: '--types',
  to: '<to>',
};

function renameFields(err: unknown): never {
  if (!(err instanceof ValidationError)) throw err;
  throw new ValidationError(err.issues.map((i) => ({ ...i, path: FLAGS[i.path ?? ''] ?? i.path })));
}

/** `  ("Kabul" read as the alias of ...)` when the name typed is not the actor's own name. */
function reading(typed: string, actor: ActorSummary): string {
  const same = [actor.name, actor.id].some((n) => normaliseName(n) === normaliseName(typed));
  return same ? '' : `  ("${typed}" read as ${actor.name})`;
}

function formatAnswer(a: PathAnswer, typed: { from: string; to: string }): string {
  const q = a.query;
  const scope = [
    `up to ${plural(q.maxHops, 'hop')}`,
    q.directed ? 'along relationship direction' : 'either direction',
    q.types ? `types ${q.types.join(', ')}` : 'all relationship types',
  ].join(', ');
  const out = [
    `Who links ${a.from.name} to ${a.to.name}?`,
    `  from: ${actorLabel(a.from)}${reading(typed.from, a.from)}`,
    `  to:   ${actorLabel(a.to)}${reading(typed.to, a.to)}`,
    `  ${scope}`,
    '',
  ];
  if (a.paths.length === 0) {
    out.push(
      `No path within ${plural(q.maxHops, 'hop')}; try a larger --max-hops or fewer filters.`,
    );
    return out.join('\n');
  }
  out.push(
    `${plural(a.paths.length, 'path')}${a.truncated ? ` (more exist than --limit ${q.limit} shows)` : ''}:`,
  );
  for (const p of a.paths) out.push('', formatPath(p, a.sources));
  if (a.brokers.length > 0) {
    out.push('', 'Brokers (intermediaries, by how many of these paths pass through them):');
    const rows = a.brokers.map((b) => [
      actorLabel(b.actor),
      `${b.paths}/${a.paths.length} paths`,
      `${Math.round(b.share * 100)}%`,
    ]);
    out.push(indent(columns(rows), 2));
  }
  return out.join('\n');
}

function formatPath(p: RankedPath, sources: PathAnswer['sources']): string {
  const flags = [plural(p.length, 'hop'), `evidence ${p.evidence}`];
  if (p.contested) flags.push('contested');
  const lines = [`#${p.rank}  ${flags.join(' · ')}`];
  p.nodes.forEach((node, i) => {
    const hop = p.hops[i - 1];
    if (hop) lines.push(`      ${hopLine(hop)}`, ...hop.claims.map((c) => claimLine(c, sources)));
    lines.push(`    ${node.name}`);
  });
  lines.push(indent(p.explanation, 4));
  return lines.join('\n');
}

/** One claim of a hop: its status and claimant in words, its two dates and its source. */
function claimLine(c: NamedClaim, sources: PathAnswer['sources']): string {
  return `        · ${claimStance(c)} · ${claimDates(c, sources[c.source])} [${c.source}]`;
}

/** The hop as an arrow along the path ("<--SHELTERS--" is walked against its direction). */
function hopLine(hop: ExplainedHop): string {
  const arrow = hop.symmetric
    ? `<--${hop.type}-->`
    : hop.direction === 'forward'
      ? `--${hop.type}-->`
      : `<--${hop.type}--`;
  const role = hop.role ? ` (${hop.role})` : '';
  const only = onlyStatus(hop.claims);
  const mark = hop.contested
    ? ' (contested)'
    : only
      ? ` (${CLAIM_STATUS_INFO[only].label} only)`
      : '';
  return `${arrow}${role}${mark}  [${hop.sources.join(', ')}]`;
}
