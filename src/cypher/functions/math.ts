// Numeric functions: abs, ceil, floor, round (with precision and rounding mode), sign, sqrt,
// exp, log, log10, e, pi, trigonometry, degrees, radians, haversin, isNaN, hyperbolic functions.
import { CypherError } from '../errors.js';
import { checkInteger } from '../values/arithmetic.js';
import type { Value } from '../values/types.js';
import { define, integerArg, numberArg, stringArg, wrongType } from './args.js';
import { registerFunctions } from './registry.js';

function float(name: string, f: (x: number) => number) {
  return define(name, 1, 1, (args) => f(numberArg(name, args, 0)));
}

const MODES = ['UP', 'DOWN', 'CEILING', 'FLOOR', 'HALF_UP', 'HALF_DOWN', 'HALF_EVEN'];

/** Rounds a float to `digits` decimals with a java.math.RoundingMode, on its decimal text. */
function roundTo(x: number, digits: number, mode: string): number {
  if (!Number.isFinite(x)) return x;
  const scale = 10 ** digits;
  // The decimal the user wrote (2.675 is 2.67499... in binary) decides ties, as BigDecimal would.
  const exact = Number((x * scale).toPrecision(15));
  const floor = Math.floor(exact);
  const frac = exact - floor;
  const away = (v: number): number => (v >= 0 ? Math.ceil(v) : Math.floor(v));
  const toward = (v: number): number => Math.trunc(v);
  let r: number;
  switch (mode) {
    case 'UP':
      r = away(exact);
      break;
    case 'DOWN':
      r = toward(exact);
      break;
    case 'CEILING':
      r = Math.ceil(exact);
      break;
    case 'FLOOR':
      r = Math.floor(exact);
      break;
    default: {
      if (frac !== 0.5) r = frac > 0.5 ? floor + 1 : floor;
      else if (mode === 'HALF_UP') r = exact >= 0 ? floor + 1 : floor;
      else if (mode === 'HALF_DOWN') r = exact >= 0 ? floor : floor + 1;
      else r = floor % 2 === 0 ? floor : floor + 1;
    }
  }
  return r / scale;
}

registerFunctions([
  define('abs', 1, 1, ([v = null]) => {
    if (typeof v === 'bigint') return checkInteger(v < 0n ? -v : v, 'abs()');
    if (typeof v === 'number') return Math.abs(v);
    throw wrongType('abs', 0, 'a number', v);
  }),
  float('ceil', Math.ceil),
  float('floor', Math.floor),
  define('round', 1, 3, (args) => {
    const x = numberArg('round', args, 0);
    const digits = args.length > 1 ? Number(integerArg('round', args, 1)) : 0;
    // Without a mode and to whole numbers, Neo4j rounds halves up (Java's Math.round: -2.5 is -2).
    if (digits === 0 && args.length < 3) return Math.round(x);
    const mode = args.length > 2 ? stringArg('round', args, 2).toUpperCase() : 'HALF_UP';
    if (!MODES.includes(mode))
      throw new CypherError('argument', `round() knows the modes ${MODES.join(', ')}, not ${mode}`);
    return roundTo(x, digits, mode);
  }),
  define('sign', 1, 1, ([v = null]): Value => {
    if (typeof v === 'bigint') return v > 0n ? 1n : v < 0n ? -1n : 0n;
    if (typeof v === 'number') return BigInt(Number.isNaN(v) ? 0 : Math.sign(v));
    throw wrongType('sign', 0, 'a number', v);
  }),
  float('sqrt', Math.sqrt),
  float('exp', Math.exp),
  float('log', Math.log),
  float('log10', Math.log10),
  define('e', 0, 0, () => Math.E),
  define('pi', 0, 0, () => Math.PI),
  float('sin', Math.sin),
  float('cos', Math.cos),
  float('tan', Math.tan),
  float('cot', (x) => 1 / Math.tan(x)),
  float('asin', Math.asin),
  float('acos', Math.acos),
  float('atan', Math.atan),
  define('atan2', 2, 2, (args) =>
    Math.atan2(numberArg('atan2', args, 0), numberArg('atan2', args, 1)),
  ),
  float('degrees', (x) => (x * 180) / Math.PI),
  float('radians', (x) => (x * Math.PI) / 180),
  float('haversin', (x) => (1 - Math.cos(x)) / 2),
  float('sinh', Math.sinh),
  float('cosh', Math.cosh),
  float('tanh', Math.tanh),
  float('coth', (x) => 1 / Math.tanh(x)),
  define('isNaN', 1, 1, (args) => Number.isNaN(numberArg('isNaN', args, 0))),
]);
