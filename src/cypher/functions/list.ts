// List functions: range (bounded by limits.maxListSize), reverse (of a list or a string),
// tail. head, last, size and the conversions to lists are in scalar.ts.
import { CypherError } from '../errors.js';
import type { Value } from '../values/types.js';
import { checkListSize, define, wrongType } from './args.js';
import { registerFunctions } from './registry.js';

/** range()'s bounds and step: Neo4j refuses any non-INTEGER (even 1.0) with an argument error. */
function rangeArg(args: Value[], index: number): bigint {
  const v = args[index] ?? null;
  if (typeof v === 'bigint') return v;
  throw new CypherError('argument', wrongType('range', index, 'an INTEGER', v).message);
}

registerFunctions([
  define('range', 2, 3, (args, ctx) => {
    const start = rangeArg(args, 0);
    const end = rangeArg(args, 1);
    const step = args.length > 2 ? rangeArg(args, 2) : 1n;
    if (step === 0n) throw new CypherError('argument', 'range() needs a step other than 0');
    if (step > 0n ? end < start : end > start) return [];
    const count = (end - start) / step + 1n;
    checkListSize('range', count, ctx.limits);
    const out: bigint[] = [];
    for (let v = start, i = 0n; i < count; v += step, i++) {
      if ((i & 0xffffn) === 0n) ctx.tick();
      out.push(v);
    }
    return out;
  }),
  define('reverse', 1, 1, ([v = null]) => {
    if (typeof v === 'string') return [...v].reverse().join('');
    if (Array.isArray(v)) return [...v].reverse();
    throw wrongType('reverse', 0, 'a STRING or LIST', v);
  }),
  define('tail', 1, 1, ([v = null]) => {
    if (!Array.isArray(v)) throw wrongType('tail', 0, 'a LIST', v);
    return v.slice(1);
  }),
]);
