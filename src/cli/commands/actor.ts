// `actorgraph actor`: one actor with its relationships grouped by type, each with its claims.
import { ACTOR_KIND_INFO } from '../../domain/kinds.js';
import { NotFoundError } from '../../domain/errors.js';
import { RELATIONSHIP_TYPE_NAMES, relationshipTypeInfo } from '../../domain/vocabulary.js';
import { resolveActor } from '../../paths/resolve-query.js';
import type { ActorDetail, ActorRelationship } from '../../store/types.js';
import type { Command } from '../command.js';
import { formatClaim, formatDate } from '../format.js';
import { indent, plural, print, printJson } from '../output.js';
import { withStore } from '../store.js';

export const actorCommand: Command = {
  name: 'actor',
  summary: 'one actor: kind, aliases, description, relationships and their claims',
  help: `Usage: actorgraph actor <name> [--json]

Shows an actor (by name, alias or id): its kind, aliases and description, then its
relationships grouped by type, each with the claims behind it (source, claimant, status, date,
figures) and contested ones marked. An empty embedded store is seeded first.

Options:
  --json       print the actor and its relationships as JSON
  -h, --help   show this help`,
  options: { json: { type: 'boolean' } },
  positionals: ['name'],
  async run({ values, positionals: [name = ''] }) {
    const detail = await withStore(
      async ({ store }) => {
        const { id } = await resolveActor(store, name);
        const found = await store.getActor(id);
        if (!found) throw new NotFoundError('actor', id);
        return found;
      },
      { seedEmpty: 'embedded' },
    );
    if (values.json) printJson(detail);
    else print(formatActor(detail));
  },
};

function formatActor({ actor, degree, relationships }: ActorDetail): string {
  const out = [
    `${actor.name} (${ACTOR_KIND_INFO[actor.kind].label}, id ${actor.id}, ${plural(degree, 'relationship')})`,
  ];
  if (actor.aliases.length > 0) out.push(`Also known as: ${actor.aliases.join(', ')}`);
  if (actor.date) out.push(`Date: ${formatDate(actor.date)}`);
  out.push(actor.description);
  for (const [type, rels] of groupByType(relationships)) {
    out.push('', `${type} (${plural(rels.length, 'relationship')})`);
    for (const rel of rels) out.push(indent(formatRelationship(rel), 2));
  }
  return out.join('\n');
}

/** Groups in vocabulary order, so the same actor always reads the same way. */
function groupByType(rels: readonly ActorRelationship[]): Array<[string, ActorRelationship[]]> {
  const groups = new Map<string, ActorRelationship[]>();
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const of = rels.filter((r) => r.type === type);
    if (of.length > 0) groups.set(type, of);
  }
  return [...groups];
}

/** "is sheltered by Afghan Interim Government (contested)", then its claims. */
function formatRelationship(rel: ActorRelationship): string {
  const info = relationshipTypeInfo(rel.type);
  const phrase = rel.direction === 'in' ? info?.passive : info?.active;
  const role = rel.role ? ` as ${rel.role}` : '';
  const contested = rel.contested ? ' (contested)' : '';
  const head = `${phrase ?? rel.type} ${rel.other.name} (${rel.other.id})${role}${contested}`;
  return [head, ...rel.claims.map((c) => indent(formatClaim(c), 2))].join('\n');
}
