// Aggregating functions: count, collect, sum, avg, min, max, percentileDisc, percentileCont,
// stDev, stDevP. Nulls are skipped (count(*) is count with no argument, which counts rows);
// DISTINCT is applied by the executor before the values reach add().
import { CypherError } from '../errors.js';
import { add } from '../values/arithmetic.js';
import { orderCompare, typeName } from '../values/compare.js';
import { isTemporal } from '../values/compare.js';
import { approximateDuration, type DurationValue } from '../values/temporal.js';
import type { Value } from '../values/types.js';
import { checkListSize } from './args.js';
import { registerAggregates } from './registry.js';
import type { AggregateDef, EvalContext } from './types.js';

function aggregate(
  name: string,
  minArgs: number,
  maxArgs: number,
  create: (ctx: EvalContext) => { add(args: Value[]): void; result(): Value },
): AggregateDef {
  return { name, minArgs, maxArgs, create };
}

function numeric(fn: string, v: Value): bigint | number {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  throw new CypherError('type', `${fn}() expects numbers, got ${typeName(v)}`);
}

function isDuration(v: Value): boolean {
  return isTemporal(v) && v.temporalType === 'Duration';
}

/** sum and avg add numbers, or durations, but not both. */
function summable(fn: string, v: Value, sawDuration: boolean | undefined): boolean {
  const duration = isDuration(v);
  if (!duration) numeric(fn, v);
  if (sawDuration !== undefined && sawDuration !== duration)
    throw new CypherError('type', `${fn}() cannot mix durations and numbers`);
  return duration;
}

function durationParts(d: DurationValue): number[] {
  return [d.months, d.days, d.seconds, d.nanos];
}

function extreme(name: string, sign: 1 | -1): AggregateDef {
  return aggregate(name, 1, 1, () => {
    let best: Value = null;
    return {
      add(args) {
        // Read by index: destructuring the array would run its iterator for every row.
        const v = args[0] ?? null;
        if (v !== null && (best === null || sign * orderCompare(v, best) > 0)) best = v;
      },
      result() {
        return best;
      },
    };
  });
}

function percentileArg(fn: string, p: Value): number {
  const n = typeof p === 'bigint' ? Number(p) : p;
  if (typeof n !== 'number' || Number.isNaN(n) || n < 0 || n > 1)
    throw new CypherError(
      'argument',
      `${fn}() needs a percentile between 0.0 and 1.0, got ${String(p)}`,
    );
  return n;
}

function percentile(name: string, continuous: boolean): AggregateDef {
  return aggregate(name, 2, 2, () => {
    const values: (bigint | number)[] = [];
    let p: number | undefined;
    return {
      add([v = null, q = null]) {
        p ??= percentileArg(name, q);
        if (v !== null) values.push(numeric(name, v));
      },
      result() {
        if (values.length === 0 || p === undefined) return null;
        const sorted = values.sort((a, b) => orderCompare(a, b));
        if (continuous) {
          const at = p * (sorted.length - 1);
          // On a value exactly, Neo4j hands that value back as it is (an INTEGER stays one).
          if (Number.isInteger(at)) return sorted[at] ?? null;
          const lo = Number(sorted[Math.floor(at)]);
          const hi = Number(sorted[Math.ceil(at)]);
          return lo + (hi - lo) * (at - Math.floor(at));
        }
        const at = p * sorted.length;
        const index = at === 0 ? 0 : Math.ceil(at) - 1;
        return sorted[Math.min(index, sorted.length - 1)] ?? null;
      },
    };
  });
}

function deviation(name: string, sample: boolean): AggregateDef {
  return aggregate(name, 1, 1, () => {
    // Welford's running mean and sum of squares: stable in one pass.
    let n = 0;
    let mean = 0;
    let m2 = 0;
    return {
      add([v = null]) {
        if (v === null) return;
        const x = Number(numeric(name, v));
        n += 1;
        const delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
      },
      result() {
        const d = sample ? n - 1 : n;
        return d <= 0 ? 0 : Math.sqrt(m2 / d);
      },
    };
  });
}

registerAggregates([
  aggregate('count', 0, 1, () => {
    let n = 0n;
    return {
      add(args) {
        if (args.length === 0 || args[0] !== null) n += 1n;
      },
      result() {
        return n;
      },
    };
  }),
  aggregate('collect', 1, 1, (ctx) => {
    const out: Value[] = [];
    return {
      add([v = null]) {
        if (v === null) return;
        out.push(v);
        if (out.length > ctx.limits.maxListSize) checkListSize('collect', out.length, ctx.limits);
      },
      result: () => [...out],
    };
  }),
  aggregate('sum', 1, 1, () => {
    let total: Value = 0n;
    let durations: boolean | undefined;
    return {
      add([v = null]) {
        if (v === null) return;
        const duration = summable('sum', v, durations);
        if (durations === undefined && duration) total = v;
        else total = add(total, v);
        durations = duration;
      },
      result: () => total,
    };
  }),
  aggregate('avg', 1, 1, () => {
    // Neo4j keeps a running mean (of each component, for durations) rather than a sum, so its
    // last digit is the running mean's: 5.083333333333334 where sum / count is ...333.
    const mean: [number, number, number, number] = [0, 0, 0, 0];
    let n = 0;
    let durations: boolean | undefined;
    return {
      add([v = null]) {
        if (v === null) return;
        durations = summable('avg', v, durations);
        const parts = durations
          ? durationParts(v as DurationValue)
          : [Number(v as bigint | number)];
        n += 1;
        parts.forEach((x, i) => (mean[i] = mean[i]! + (x - mean[i]!) / n));
      },
      result() {
        if (n === 0) return null;
        return durations ? approximateDuration(...mean) : mean[0];
      },
    };
  }),
  extreme('min', -1),
  extreme('max', 1),
  percentile('percentileDisc', false),
  percentile('percentileCont', true),
  deviation('stDev', true),
  deviation('stDevP', false),
]);
