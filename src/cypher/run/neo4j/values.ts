// Neo4j driver values to the wire format and JSON parameters to driver values, so that Neo4j
// answers in the same JSON as the embedded engine: INTEGERs outside the safe range as strings,
// temporal values as ISO text, nodes, relationships and paths as tagged elements.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Duration,
  type Integer,
  type Node,
  type Relationship,
} from 'neo4j-driver';
import type { WireNode, WireRelationship, WireValue } from '../../wire.js';
import { temporalText } from '../../values/temporal.js';
import { fromDriverTemporal } from './temporal.js';

function properties(props: Record<string, unknown>): { [key: string]: WireValue } {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toWire(v)]));
}

function node(n: Node): WireNode {
  return {
    $element: 'node',
    elementId: n.elementId,
    labels: [...n.labels],
    properties: properties(n.properties),
  };
}

function relationship(r: Relationship): WireRelationship {
  return {
    $element: 'relationship',
    elementId: r.elementId,
    type: r.type,
    startElementId: r.startNodeElementId,
    endElementId: r.endNodeElementId,
    properties: properties(r.properties),
  };
}

function float(x: number): WireValue {
  return Number.isFinite(x) ? x : String(x);
}

const NANOS_PER_SECOND = 1_000_000_000n;

/**
 * A duration as Neo4j's toString() prints it (P1Y2M3DT4H5M6.5S, P4D, PT0S), which the driver's
 * own toString() does not ("P4DT"): years and months from the months, then days, then hours,
 * minutes and seconds from the seconds and nanoseconds, each part with its own sign.
 */
export function durationText(d: Duration<Integer | number>): string {
  const months = Number(d.months);
  const days = Number(d.days);
  const total = BigInt(d.seconds.toString()) * NANOS_PER_SECOND + BigInt(d.nanoseconds.toString());
  const sign = total < 0n ? -1n : 1n;
  const abs = total * sign;
  const hours = (abs / (3600n * NANOS_PER_SECOND)) * sign;
  const minutes = ((abs / (60n * NANOS_PER_SECOND)) % 60n) * sign;
  const nanos = abs % (60n * NANOS_PER_SECOND);
  const whole = nanos / NANOS_PER_SECOND;
  const fraction = (nanos % NANOS_PER_SECOND).toString().padStart(9, '0').replace(/0+$/, '');
  const seconds =
    nanos === 0n ? '' : `${sign < 0n ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}S`;
  const date = [
    [Math.trunc(months / 12), 'Y'],
    [months % 12, 'M'],
    [days, 'D'],
  ]
    .filter(([n]) => n !== 0)
    .map(([n, unit]) => `${n}${unit}`)
    .join('');
  const time = [
    [hours, 'H'],
    [minutes, 'M'],
  ]
    .filter(([n]) => n !== 0n)
    .map(([n, unit]) => `${n}${unit}`)
    .join('');
  const clock = time + seconds;
  if (!date && !clock) return 'PT0S';
  return `P${date}${clock ? `T${clock}` : ''}`;
}

export function toWire(value: unknown): WireValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return float(value);
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toWire);
  if (value instanceof Int8Array) return [...value];
  if (isNode(value)) return node(value);
  if (isRelationship(value)) return relationship(value);
  if (isPath(value)) {
    const first = value.start;
    return {
      $element: 'path',
      nodes: [node(first), ...value.segments.map((s) => node(s.end))],
      relationships: value.segments.map((s) => relationship(s.relationship)),
    };
  }
  if (isDuration(value)) return durationText(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value)
  ) {
    return temporalText(fromDriverTemporal(value)!);
  }
  if (isPoint(value)) return value.toString();
  if (typeof value === 'object') return properties(value as Record<string, unknown>);
  return String(value);
}

/** Whole JSON numbers within 64 bits are INTEGERs, as the embedded engine reads them too. */
const INT64_LIMIT = 2 ** 63;

/** JSON parameters to driver values: whole numbers are sent as INTEGER, as Cypher reads them. */
export function toDriverParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < INT64_LIMIT) {
    return neo4j.int(BigInt(value));
  }
  if (Array.isArray(value)) return value.map(toDriverParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParam(v)]));
  }
  return value;
}
