// Maps what the Cypher queries return (plain rows of node and relationship properties) to the
// domain and GraphStore types. Each field is checked, so data edited by hand in Neo4j into a
// wrong shape fails with a message naming the record and the property.
import { claimantName } from '../../domain/claimants.js';
import type { Actor, Claim, DateSpec, Figure, Relationship, Source } from '../../domain/schema.js';
import type { ActorKind } from '../../domain/kinds.js';
import type { NameEntry } from '../../domain/names.js';
import type {
  ActorSummary,
  ClaimWithSource,
  GraphEdge,
  GraphNode,
  RelationshipRecord,
} from '../types.js';
import type { Row } from './transactions.js';

/** Reads typed properties of one stored record; `what` names it in errors. */
export class PropReader {
  constructor(
    private readonly props: Row,
    private readonly what: string,
  ) {}

  private fail(key: string, expected: string): never {
    throw new Error(`stored ${this.what} has no ${expected} property "${key}"`);
  }

  str(key: string): string {
    const v = this.props[key];
    return typeof v === 'string' ? v : this.fail(key, 'string');
  }

  optStr(key: string): string | undefined {
    return this.props[key] == null ? undefined : this.str(key);
  }

  bool(key: string): boolean {
    const v = this.props[key];
    return typeof v === 'boolean' ? v : this.fail(key, 'boolean');
  }

  optBool(key: string): boolean | undefined {
    return this.props[key] == null ? undefined : this.bool(key);
  }

  num(key: string): number {
    const v = this.props[key];
    return typeof v === 'number' ? v : this.fail(key, 'number');
  }

  strList(key: string): string[] {
    const v = this.props[key];
    const ok = Array.isArray(v) && v.every((s) => typeof s === 'string');
    return ok ? (v as string[]) : this.fail(key, 'string list');
  }

  optStrList(key: string): string[] | undefined {
    return this.props[key] == null ? undefined : this.strList(key);
  }

  map(key: string): Row {
    const v = this.props[key];
    const ok = typeof v === 'object' && v !== null && !Array.isArray(v);
    return ok ? (v as Row) : this.fail(key, 'map');
  }

  maps(key: string): Row[] {
    const v = this.props[key];
    const ok = Array.isArray(v) && v.every((m) => typeof m === 'object' && m !== null);
    return ok ? (v as Row[]) : this.fail(key, 'list of maps');
  }

  /** A date spec kept as `${prefix}Start`, `${prefix}End`, ... (see rows.ts dateProps). */
  date(prefix: string): DateSpec | undefined {
    const start = this.optStr(`${prefix}Start`);
    if (start === undefined) return undefined;
    const end = this.optStr(`${prefix}End`);
    const inferred = this.optBool(`${prefix}Inferred`);
    return {
      start,
      ...(end !== undefined && { end }),
      precision: this.str(`${prefix}Precision`) as DateSpec['precision'],
      ...(inferred !== undefined && { inferred }),
    };
  }
}

const read = (props: Row, what: string) => new PropReader(props, `${what} ${String(props.id)}`);

/** The revision token of a `revision` query row. */
export function toRevision(row: Row | undefined): string {
  return new PropReader(row ?? {}, 'revision row').str('revision');
}

/** The map in a result row's column `key`, such as a node's properties. */
export function mapOf(row: Row, key: string): Row {
  return new PropReader(row, 'result row').map(key);
}

export function toSource(props: Row): Source {
  const r = read(props, 'source');
  const publisher = r.optStr('publisher');
  const author = r.optStr('author');
  const published = r.date('published');
  const summary = r.optStr('summary');
  return {
    id: r.str('id'),
    title: r.str('title'),
    ...(publisher !== undefined && { publisher }),
    ...(author !== undefined && { author }),
    ...(published !== undefined && { published }),
    kind: r.str('kind') as Source['kind'],
    ...(summary !== undefined && { summary }),
  };
}

export function toActor(props: Row): Actor {
  const r = read(props, 'actor');
  const ambiguousAliases = r.optStrList('ambiguousAliases');
  const date = r.date('date');
  return {
    id: r.str('id'),
    kind: r.str('kind') as ActorKind,
    name: r.str('name'),
    aliases: r.strList('aliases'),
    ...(ambiguousAliases !== undefined && { ambiguousAliases }),
    description: r.str('description'),
    ...(date !== undefined && { date }),
  };
}

export function toActorSummary(props: Row): ActorSummary {
  const r = read(props, 'actor');
  return { id: r.str('id'), kind: r.str('kind') as ActorKind, name: r.str('name') };
}

/** A row of names.cypher: what name resolution needs of an actor. */
export function toNameEntry(row: Row): NameEntry {
  const r = read(row, 'actor');
  const ambiguousAliases = r.optStrList('ambiguousAliases');
  return {
    id: r.str('id'),
    kind: r.str('kind') as ActorKind,
    name: r.str('name'),
    aliases: r.strList('aliases'),
    ...(ambiguousAliases !== undefined && { ambiguousAliases }),
  };
}

export function toGraphNode(props: Row, degree: number): GraphNode {
  const { id, kind, name, aliases, description, date } = toActor(props);
  return { id, kind, name, aliases, description, ...(date !== undefined && { date }), degree };
}

/** A claim's properties with `source`, the id of the source it cites, added by the query. */
export function toClaim(props: Row): Claim {
  const r = read(props, 'claim');
  const claimedByNote = r.optStr('claimedByNote');
  const date = r.date('date');
  const sameDayAsReport = r.optBool('sameDayAsReport');
  const quote = r.optStr('quote');
  const figures = r.optStr('figures');
  return {
    source: r.str('source'),
    summary: r.str('summary'),
    claimedBy: r.str('claimedBy'),
    ...(claimedByNote !== undefined && { claimedByNote }),
    ...(date !== undefined && { date }),
    ...(sameDayAsReport !== undefined && { sameDayAsReport }),
    status: r.str('status') as Claim['status'],
    ...(quote !== undefined && { quote }),
    ...(figures !== undefined && { figures: JSON.parse(figures) as Figure[] }),
  };
}

/** A row of {claim, source, claimant}: the claim, its source's properties, the claimant's name. */
export function toClaimWithSource(row: Row): ClaimWithSource {
  const r = new PropReader(row, 'claim');
  const claim = toClaim(r.map('claim'));
  return {
    ...claim,
    sourceInfo: toSource(r.map('source')),
    claimedByName: claimantName(claim.claimedBy, r.optStr('claimant')),
  };
}

/** A row of {type, from, to, rel}: a relationship's type, its two actor ids and its properties. */
export function toRelationshipFacts(row: Row): Omit<RelationshipRecord, 'claims'> {
  const outer = new PropReader(row, 'relationship');
  const props = outer.map('rel');
  const r = read(props, 'relationship');
  const role = r.optStr('role');
  const first = r.optStr('first');
  const last = r.optStr('last');
  return {
    id: r.str('id'),
    type: outer.str('type'),
    from: outer.str('from'),
    to: outer.str('to'),
    symmetric: r.bool('symmetric'),
    ...(role !== undefined && { role }),
    contested: r.bool('contested'),
    ...(first !== undefined && last !== undefined && { span: { first, last } }),
  };
}

/** A relationship row with `claims`, the claims' properties in order. */
export function toRelationshipRecord(row: Row): RelationshipRecord {
  const claims = new PropReader(row, 'relationship').maps('claims').map(toClaim);
  return { ...toRelationshipFacts(row), claims };
}

/** The seed form of a stored relationship, as an export gives it back. */
export function toRelationship(record: RelationshipRecord): Relationship {
  const { type, from, to, role, claims } = record;
  return { type, from, to, ...(role !== undefined && { role }), claims };
}

/** A relationship row without claims: the edge reads its counts and sources from properties. */
export function toGraphEdge(row: Row): GraphEdge {
  const { id, type, from, to, symmetric, contested, span } = toRelationshipFacts(row);
  const r = read(new PropReader(row, 'relationship').map('rel'), 'relationship');
  return {
    id,
    type,
    from,
    to,
    symmetric,
    contested,
    claimCount: r.num('claimCount'),
    sources: r.strList('sources'),
    ...(span !== undefined && { span }),
  };
}
