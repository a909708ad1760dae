// Argument checks shared by the function families: each names the function and the argument,
// so a wrong call reads "toUpper() expects a STRING as argument 1, got INTEGER".
import { CypherError } from '../errors.js';
import { typeName } from '../values/compare.js';
import type { CypherLimits } from '../limits.js';
import type { Value } from '../values/types.js';
import type { FunctionDef } from './types.js';

export function wrongType(fn: string, index: number, expected: string, got: Value): CypherError {
  return new CypherError(
    'type',
    `${fn}() expects ${expected} as argument ${index + 1}, got ${typeName(got)}`,
  );
}

export function stringArg(fn: string, args: Value[], index: number): string {
  const v = args[index] ?? null;
  if (typeof v !== 'string') throw wrongType(fn, index, 'a STRING', v);
  return v;
}

export function numberArg(fn: string, args: Value[], index: number): number {
  const v = args[index] ?? null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  throw wrongType(fn, index, 'a number', v);
}

export function integerArg(fn: string, args: Value[], index: number): bigint {
  const v = args[index] ?? null;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw wrongType(fn, index, 'an INTEGER', v);
}

export function listArg(fn: string, args: Value[], index: number): Value[] {
  const v = args[index] ?? null;
  if (!Array.isArray(v)) throw wrongType(fn, index, 'a LIST', v);
  return v;
}

/** Throws CypherError 'limit' when a list being built would pass the configured bound. */
export function checkListSize(fn: string, size: number | bigint, limits: CypherLimits): void {
  if (size > limits.maxListSize)
    throw new CypherError(
      'limit',
      `${fn}() would build a list of ${size} elements, more than the limit of ${limits.maxListSize}`,
    );
}

/** True when any argument is null: most functions then return null. */
export function anyNull(args: Value[]): boolean {
  return args.some((a) => a === null);
}

/** A function definition; with nullIn set, any null argument makes the result null. */
export function define(
  name: string,
  minArgs: number,
  maxArgs: number,
  call: FunctionDef['call'],
  nullIn = true,
): FunctionDef {
  return {
    name,
    minArgs,
    maxArgs,
    call: nullIn ? (args, ctx) => (anyNull(args) ? null : call(args, ctx)) : call,
  };
}
