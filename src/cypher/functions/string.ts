// String functions: toUpper, toLower (and upper, lower), trim, ltrim, rtrim, btrim, replace,
// substring, left, right, split, char_length, normalize. Positions count code points, as Neo4j
// counts characters.
import { CypherError } from '../errors.js';
import { checkListSize, define, integerArg, stringArg, wrongType } from './args.js';
import { registerFunctions } from './registry.js';

function nonNegative(fn: string, n: bigint, what: string): number {
  if (n < 0n) throw new CypherError('argument', `${fn}() needs a ${what} of 0 or more, got ${n}`);
  return Number(n);
}

function trimChars(
  fn: string,
  text: string,
  chars: string | undefined,
  start: boolean,
  end: boolean,
): string {
  if (chars === undefined) {
    let t = text;
    if (start) t = t.replace(/^\s+/u, '');
    if (end) t = t.replace(/\s+$/u, '');
    return t;
  }
  if ([...chars].length !== 1)
    throw new CypherError('argument', `${fn}() trims one character at a time`);
  let t = text;
  while (start && t.startsWith(chars)) t = t.slice(chars.length);
  while (end && t.endsWith(chars)) t = t.slice(0, t.length - chars.length);
  return t;
}

function trimFunction(name: string, start: boolean, end: boolean) {
  return define(name, 1, 2, (args) =>
    trimChars(
      name,
      stringArg(name, args, 0),
      args.length > 1 ? stringArg(name, args, 1) : undefined,
      start,
      end,
    ),
  );
}

registerFunctions([
  define('toUpper', 1, 1, (args) => stringArg('toUpper', args, 0).toUpperCase()),
  define('upper', 1, 1, (args) => stringArg('upper', args, 0).toUpperCase()),
  define('toLower', 1, 1, (args) => stringArg('toLower', args, 0).toLowerCase()),
  define('lower', 1, 1, (args) => stringArg('lower', args, 0).toLowerCase()),
  trimFunction('trim', true, true),
  trimFunction('btrim', true, true),
  trimFunction('ltrim', true, false),
  trimFunction('rtrim', false, true),
  define('replace', 3, 3, (args, ctx) => {
    const text = stringArg('replace', args, 0);
    const search = stringArg('replace', args, 1);
    const result = text.split(search).join(stringArg('replace', args, 2));
    checkListSize('replace', result.length, ctx.limits);
    return result;
  }),
  define('substring', 2, 3, (args) => {
    const chars = [...stringArg('substring', args, 0)];
    const start = nonNegative('substring', integerArg('substring', args, 1), 'start');
    const length =
      args.length > 2
        ? nonNegative('substring', integerArg('substring', args, 2), 'length')
        : chars.length;
    return chars.slice(start, start + length).join('');
  }),
  define('left', 2, 2, (args) => {
    const n = nonNegative('left', integerArg('left', args, 1), 'length');
    return [...stringArg('left', args, 0)].slice(0, n).join('');
  }),
  define('right', 2, 2, (args) => {
    const chars = [...stringArg('right', args, 0)];
    const n = nonNegative('right', integerArg('right', args, 1), 'length');
    return n === 0 ? '' : chars.slice(Math.max(0, chars.length - n)).join('');
  }),
  define('split', 2, 2, (args) => {
    const text = stringArg('split', args, 0);
    const by = args[1] ?? null;
    const delimiters = Array.isArray(by) ? by : [by];
    const strings = delimiters.map((d) => {
      if (typeof d !== 'string') throw wrongType('split', 1, 'a STRING or LIST<STRING>', d);
      return d;
    });
    if (strings.length === 1 && strings[0] === '') return [...text];
    let parts = [text];
    for (const d of strings) if (d !== '') parts = parts.flatMap((p) => p.split(d));
    return parts;
  }),
  define('char_length', 1, 1, (args) => BigInt([...stringArg('char_length', args, 0)].length)),
  define('character_length', 1, 1, (args) =>
    BigInt([...stringArg('character_length', args, 0)].length),
  ),
  define('normalize', 1, 2, (args) => {
    const form = args.length > 1 ? stringArg('normalize', args, 1).toUpperCase() : 'NFC';
    if (!['NFC', 'NFD', 'NFKC', 'NFKD'].includes(form))
      throw new CypherError('argument', `normalize() knows NFC, NFD, NFKC and NFKD, not ${form}`);
    return stringArg('normalize', args, 0).normalize(form);
  }),
]);
