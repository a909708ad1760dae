// The only things spliced into Cypher text: actor-kind labels and relationship types, which Cypher
// cannot take as parameters in MERGE or CREATE or in a variable-length pattern, each checked
// against the vocabulary first; and a path pattern's hop bounds (1–6) or a neighbourhood's depth
// bound (1–3), which cannot be parameters either, checked to be whole numbers in range.
import { isActorKind } from '../../domain/kinds.js';
import { isRelationshipType } from '../../domain/vocabulary.js';
import { MAX_HOPS } from '../params.js';
import type { Cypher } from './cypher-files.js';

/** Stand-ins in the cypher/load templates: valid identifiers, so the raw files still parse. */
export const KIND_PLACEHOLDER = '__KIND__';
export const TYPE_PLACEHOLDER = '__TYPE__';

/** The template with its kind placeholder replaced by `kind`, which must be an actor kind. */
export function withKindLabel(template: Cypher, kind: string): Cypher {
  if (!isActorKind(kind)) throw refusal(kind, 'an actor kind');
  return fill(template, KIND_PLACEHOLDER, kind);
}

/** The template with its type placeholder replaced by `type`, which must be a vocabulary type. */
export function withRelationshipType(template: Cypher, type: string): Cypher {
  checkType(type);
  return fill(template, TYPE_PLACEHOLDER, type);
}

/** The quantifier the path templates are written with: the most hops any query may ask. */
export const HOP_BOUND_QUANTIFIER = '{1,6}';

/**
 * The template with its `{1,6}` quantifier narrowed to `{1,maxHops}`, so that a short query does
 * not explore six hops only to filter the longer paths away.
 */
export function withHopBound(template: Cypher, maxHops: number): Cypher {
  return withUpperBound(template, 1, MAX_HOPS, maxHops, 'hops');
}

/** The relationship shortest-paths-undirected.cypher is written with: any type, the most hops. */
export const ANY_TYPE_HOPS = '[*1..6]';

/**
 * The template's `[*1..6]` as `[:T1|T2*1..maxHops]`: the types (none or null: any type) must be
 * vocabulary types, the bound a whole number of hops from 1 to 6.
 */
export function withTypesAndHops(
  template: Cypher,
  types: readonly string[] | null,
  maxHops: number,
): Cypher {
  checkBound(maxHops, MAX_HOPS, 'hops');
  for (const type of types ?? []) checkType(type);
  const label = types && types.length > 0 ? `:${types.join('|')}` : '';
  return fill(template, ANY_TYPE_HOPS, `[${label}*1..${maxHops}]`);
}

/** The quantifier neighbourhood.cypher is written with: zero hops (the center) to the most. */
export const DEPTH_BOUND_QUANTIFIER = '{0,3}';
const MAX_DEPTH = 3;

/**
 * The template with its `{0,3}` quantifier narrowed to `{0,depth}`: the shortest path to every
 * actor three hops away is most of a hub-heavy graph, when depth 2 needs only two.
 */
export function withDepthBound(template: Cypher, depth: number): Cypher {
  return withUpperBound(template, 0, MAX_DEPTH, depth, 'hops of depth');
}

/** The quantifiers of simple-paths.cypher's two halves, joined at the path's middle actor. */
export const HALF_HOP_QUANTIFIERS = ['{1,3}', '{0,3}'] as const;

/**
 * simple-paths.cypher with its halves narrowed to paths of at most `maxHops` hops: the first half
 * to half of them rounded up, the second to the rest, but to one at least (Cypher refuses
 * `{0,0}`; the query's length filter drops the longer halves).
 */
export function withHalfHopBounds(template: Cypher, maxHops: number): Cypher {
  checkBound(maxHops, MAX_HOPS, 'hops');
  const [first, second] = HALF_HOP_QUANTIFIERS;
  const narrowed = fill(template, first, `{1,${Math.ceil(maxHops / 2)}}`);
  return fill(narrowed, second, `{0,${Math.max(1, Math.floor(maxHops / 2))}}`);
}

/** The template's `{lower,most}` quantifier narrowed to `{lower,bound}`, bound checked 1..most. */
function withUpperBound(
  template: Cypher,
  lower: number,
  most: number,
  bound: number,
  what: string,
): Cypher {
  checkBound(bound, most, what);
  return fill(template, `{${lower},${most}}`, `{${lower},${bound}}`);
}

function checkType(type: string): void {
  if (!isRelationshipType(type)) throw refusal(type, 'a relationship type of the vocabulary');
}

function checkBound(bound: number, most: number, what: string): void {
  if (!Number.isInteger(bound) || bound < 1 || bound > most) {
    throw refusal(String(bound), `a whole number of ${what} from 1 to ${most}`);
  }
}

function refusal(name: string, what: string): Error {
  return new Error(`refusing to splice ${JSON.stringify(name)} into Cypher: it is not ${what}`);
}

function fill(template: Cypher, placeholder: string, name: string): Cypher {
  if (!template.includes(placeholder)) {
    throw new Error(`the Cypher template has no ${placeholder} placeholder`);
  }
  return template.replaceAll(placeholder, name) as Cypher;
}
