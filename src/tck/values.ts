// The TCK's value notation (what expected results and parameters are written in): null,
// booleans, integers, floats, 'strings', [lists], {maps}, (:Nodes {..}), [:RELS {..}] and
// <(paths)-[:T]->()>. Both sides of a comparison are brought to TckValue, then to a canonical
// text, so that "in any order" is a comparison of sorted texts.
export type TckValue =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'string'; v: string }
  | { t: 'list'; v: TckValue[] }
  | { t: 'map'; v: [string, TckValue][] }
  | TckNode
  | TckRel
  | { t: 'path'; start: TckNode; steps: { rel: TckRel; forward: boolean; node: TckNode }[] };

export interface TckNode {
  t: 'node';
  labels: string[];
  props: [string, TckValue][];
}
export interface TckRel {
  t: 'rel';
  type: string;
  props: [string, TckValue][];
}

class Reader {
  at = 0;
  constructor(readonly text: string) {}
  fail(what: string): never {
    throw new Error(`TCK value: expected ${what} at ${this.at} in ${this.text}`);
  }
  skip(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }
  peek(s: string): boolean {
    this.skip();
    return this.text.startsWith(s, this.at);
  }
  eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.at += s.length;
    return true;
  }
  expect(s: string): void {
    if (!this.eat(s)) this.fail(`'${s}'`);
  }
  name(): string {
    this.skip();
    if (this.text[this.at] === '`') {
      const end = this.text.indexOf('`', this.at + 1);
      const n = this.text.slice(this.at + 1, end);
      this.at = end + 1;
      return n;
    }
    const m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(this.text.slice(this.at));
    if (!m) this.fail('a name');
    this.at += m[0].length;
    return m[0];
  }
}

function readString(r: Reader): string {
  const quote = r.text[r.at] as string;
  let out = '';
  for (r.at++; r.at < r.text.length; r.at++) {
    const c = r.text[r.at] as string;
    if (c === quote) {
      r.at++;
      return out;
    }
    if (c === '\\') {
      const n = r.text[++r.at] as string;
      if (n === 'u') {
        out += String.fromCharCode(parseInt(r.text.slice(r.at + 1, r.at + 5), 16));
        r.at += 4;
      } else
        out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[n] ?? n;
    } else out += c;
  }
  return r.fail('the end of a string');
}

function readProps(r: Reader): [string, TckValue][] {
  const props: [string, TckValue][] = [];
  if (!r.eat('{')) return props;
  if (r.eat('}')) return props;
  do {
    const key = r.name();
    r.expect(':');
    props.push([key, readValue(r)]);
  } while (r.eat(','));
  r.expect('}');
  return props;
}

function readNode(r: Reader): TckNode {
  r.expect('(');
  const labels: string[] = [];
  while (r.eat(':')) labels.push(r.name());
  const props = readProps(r);
  r.expect(')');
  return { t: 'node', labels, props };
}

function readRelBody(r: Reader): TckRel {
  r.expect('[');
  r.expect(':');
  const type = r.name();
  const props = readProps(r);
  r.expect(']');
  return { t: 'rel', type, props };
}

function readValue(r: Reader): TckValue {
  r.skip();
  const rest = r.text.slice(r.at);
  if (rest.startsWith("'") || rest.startsWith('"')) return { t: 'string', v: readString(r) };
  if (rest.startsWith('(')) return readNode(r);
  if (rest.startsWith('<')) {
    r.expect('<');
    const start = readNode(r);
    const steps: { rel: TckRel; forward: boolean; node: TckNode }[] = [];
    while (!r.eat('>')) {
      const backward = r.eat('<-');
      if (!backward) r.expect('-');
      const rel = readRelBody(r);
      const forward = !backward && r.eat('->');
      if (!forward) r.expect('-');
      steps.push({ rel, forward, node: readNode(r) });
    }
    return { t: 'path', start, steps };
  }
  if (rest.startsWith('[')) {
    if (/^\[\s*:/.test(rest)) return readRelBody(r);
    r.expect('[');
    const items: TckValue[] = [];
    if (!r.eat(']')) {
      do items.push(readValue(r));
      while (r.eat(','));
      r.expect(']');
    }
    return { t: 'list', v: items };
  }
  if (rest.startsWith('{')) return { t: 'map', v: readProps(r) };
  const word = /^(null|true|false|NaN|-?Infinity)\b/.exec(rest);
  if (word) {
    r.at += word[0].length;
    if (word[0] === 'null') return { t: 'null' };
    if (word[0] === 'true' || word[0] === 'false') return { t: 'bool', v: word[0] === 'true' };
    return { t: 'float', v: Number(word[0]) };
  }
  const num = /^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?/.exec(rest);
  if (num) {
    r.at += num[0].length;
    const isFloat = num[0].includes('.') || num[2] !== undefined;
    return isFloat ? { t: 'float', v: Number(num[0]) } : { t: 'int', v: BigInt(num[0]) };
  }
  return r.fail('a value');
}

export function parseTckValue(text: string): TckValue {
  const r = new Reader(text);
  const v = readValue(r);
  r.skip();
  if (r.at !== text.length) r.fail('the end');
  return v;
}

function canonicalProps(props: [string, TckValue][], unordered: boolean): string {
  return [...props]
    .filter(([, v]) => v.t !== 'null')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v, unordered)}`)
    .join(',');
}

function canonicalFloat(f: number): string {
  if (Object.is(f, -0)) return '0';
  // Floats equal to 15 significant digits are one value: the TCK writes decimal approximations.
  return Number.isFinite(f) ? String(Number(f.toPrecision(15))) : String(f);
}

/** A text equal for two values exactly when the TCK counts them equal. */
export function canonical(v: TckValue, unorderedLists = false): string {
  switch (v.t) {
    case 'null':
      return 'null';
    case 'bool':
      return String(v.v);
    case 'int':
      return `i${v.v}`;
    case 'float':
      return `f${canonicalFloat(v.v)}`;
    case 'string':
      return JSON.stringify(v.v);
    case 'list': {
      const items = v.v.map((x) => canonical(x, unorderedLists));
      if (unorderedLists) items.sort();
      return `[${items.join(',')}]`;
    }
    case 'map':
      return `{${[...v.v]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x, unorderedLists)}`)
        .join(',')}}`;
    case 'node':
      return `(${[...v.labels]
        .sort()
        .map((l) => `:${l}`)
        .join('')}{${canonicalProps(v.props, unorderedLists)}})`;
    case 'rel':
      return `[:${v.type}{${canonicalProps(v.props, unorderedLists)}}]`;
    case 'path':
      return `<${canonical(v.start)}${v.steps
        .map(
          (s) =>
            `${s.forward ? '-' : '<-'}${canonical(s.rel)}${s.forward ? '->' : '-'}${canonical(s.node)}`,
        )
        .join('')}>`;
  }
}
