// valueType(): a value's type in Neo4j 5's type syntax ("INTEGER NOT NULL",
// "LIST<STRING | INTEGER> NOT NULL"), following Neo4j's rules for lists: the element types form a
// union with subtypes absorbed, in Neo4j's order; a null element makes every member nullable.
import { isTemporal, TEMPORAL_NAMES } from '../values/compare.js';
import { NodeValue, PathValue, RelationshipValue, type Value } from '../values/types.js';
import { define } from './args.js';
import { registerFunctions } from './registry.js';

/** One member of a type union; NULL is the type of null alone, LIST carries its element union. */
interface TypeMember {
  readonly base: string;
  readonly nullable: boolean;
  /** The element union of a LIST (empty: LIST<NOTHING>). */
  readonly inner?: readonly TypeMember[];
}

/** Neo4j's order of types within a union. */
const ORDER = [
  'NULL',
  'BOOLEAN',
  'STRING',
  'INTEGER',
  'FLOAT',
  'DATE',
  'LOCAL TIME',
  'ZONED TIME',
  'LOCAL DATETIME',
  'ZONED DATETIME',
  'DURATION',
  'POINT',
  'NODE',
  'RELATIONSHIP',
  'MAP',
  'LIST',
  'PATH',
];

const NULL_TYPE: TypeMember = { base: 'NULL', nullable: true };

function baseName(v: Exclude<Value, null | Value[]>): string {
  if (typeof v === 'boolean') return 'BOOLEAN';
  if (typeof v === 'string') return 'STRING';
  if (typeof v === 'bigint') return 'INTEGER';
  if (typeof v === 'number') return 'FLOAT';
  if (v instanceof NodeValue) return 'NODE';
  if (v instanceof RelationshipValue) return 'RELATIONSHIP';
  if (v instanceof PathValue) return 'PATH';
  if (isTemporal(v)) return TEMPORAL_NAMES[v.temporalType];
  return 'MAP';
}

function typeOf(v: Value): TypeMember {
  if (v === null) return NULL_TYPE;
  if (Array.isArray(v)) return { base: 'LIST', nullable: false, inner: elementUnion(v) };
  return { base: baseName(v), nullable: false };
}

function elementUnion(items: readonly Value[]): TypeMember[] {
  const types = items.map(typeOf);
  const present = types.filter((t) => t.base !== 'NULL');
  if (present.length < types.length) {
    if (present.length === 0) return [NULL_TYPE];
    return normalize(present.map((t) => ({ ...t, nullable: true })));
  }
  return normalize(present);
}

/** a is a subtype of b: every value of a is a value of b. */
function isSubtype(a: TypeMember, b: TypeMember): boolean {
  if (a.base === 'NULL') return b.nullable;
  if (b.base !== a.base || (a.nullable && !b.nullable)) return false;
  return a.inner === undefined || unionWithin(a.inner, b.inner ?? []);
}

function unionWithin(a: readonly TypeMember[], b: readonly TypeMember[]): boolean {
  return a.every((m) => b.some((n) => isSubtype(m, n)));
}

/** Removes repeats and members absorbed by a wider one, then sorts in Neo4j's order. */
function normalize(members: readonly TypeMember[]): TypeMember[] {
  const unique = [...new Map(members.map((m) => [render(m), m])).values()];
  return unique
    .filter((m) => !unique.some((n) => n !== m && isSubtype(m, n) && !isSubtype(n, m)))
    .sort(compareMembers);
}

function compareMembers(a: TypeMember, b: TypeMember): number {
  const rank = ORDER.indexOf(a.base) - ORDER.indexOf(b.base);
  if (rank !== 0 || !a.inner || !b.inner) return rank;
  return compareUnions(a.inner, b.inner);
}

/** Lists by their element type: a single type before any union, unions member by member. */
function compareUnions(a: readonly TypeMember[], b: readonly TypeMember[]): number {
  const aUnion = a.length > 1;
  const bUnion = b.length > 1;
  if (aUnion !== bUnion) return aUnion ? 1 : -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareMembers(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function render(t: TypeMember): string {
  if (t.base === 'NULL') return 'NULL';
  const inner = t.inner
    ? `<${t.inner.length === 0 ? 'NOTHING' : t.inner.map(render).join(' | ')}>`
    : '';
  return `${t.base}${inner}${t.nullable ? '' : ' NOT NULL'}`;
}

export function valueType(v: Value): string {
  return render(typeOf(v));
}

registerFunctions([define('valueType', 1, 1, ([v = null]) => valueType(v), false)]);
