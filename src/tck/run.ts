// Runs one TCK scenario on a backend, step by step, and says whether it passed, failed (and
// why) or was skipped (and why: a step this runner cannot run, such as a test procedure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario, Step } from './gherkin.js';
import {
  type ErrorKind,
  SIDE_EFFECTS,
  type TckBackend,
  TckQueryError,
  type TckResult,
  sideEffects,
} from './backend.js';
import { canonical, parseTckValue, type TckValue } from './values.js';

export type Outcome =
  | { status: 'passed' }
  | { status: 'failed'; reason: string }
  | { status: 'skipped'; reason: string };

/** Which of our error kinds count as the TCK's error class (compile-time or not). */
function accepted(tckClass: string, phase: string): ErrorKind[] {
  const compile = phase === 'compile time';
  switch (tckClass) {
    // Neo4j reports the type mismatches it finds before running as SyntaxErrors; the engine, like
    // the API on Neo4j, calls them type errors.
    case 'SyntaxError':
      return compile ? ['syntax', 'semantic', 'type'] : ['syntax', 'semantic', 'argument'];
    case 'SemanticError':
      return ['semantic', 'syntax'];
    case 'TypeError':
      return compile
        ? ['type', 'semantic', 'syntax']
        : phase === 'any time'
          ? ['type', 'semantic', 'syntax']
          : ['type'];
    case 'ArgumentError':
      return ['argument'];
    case 'ParameterMissing':
      return ['parameter', 'semantic'];
    case 'EntityNotFound':
      return ['entity', 'argument'];
    case 'ConstraintVerificationFailed':
      return ['constraint', 'argument', 'semantic'];
    case 'ProcedureError':
      return ['procedure', 'semantic'];
    default:
      return [];
  }
}

class Skip extends Error {}
class Fail extends Error {}

interface RunState {
  params: Map<string, TckValue>;
  result?: TckResult;
  error?: TckQueryError;
  effects?: Map<string, number>;
}

function rowText(row: TckValue[], unorderedLists: boolean): string {
  return row.map((v) => canonical(v, unorderedLists)).join(' | ');
}

function checkResult(step: Step, state: RunState): void {
  if (state.error)
    throw new Fail(`expected a result, got ${state.error.kind} error: ${state.error.message}`);
  const result = state.result as TckResult;
  const text = step.text;
  const ordered = /in order/.test(text);
  const unorderedLists = /ignoring element order for lists/.test(text);
  if (/should be empty/.test(text)) {
    if (result.rows.length > 0) throw new Fail(`expected no rows, got ${result.rows.length}`);
    return;
  }
  const [header = [], ...rows] = step.table ?? [];
  const positions = header.map((column) => result.columns.indexOf(column));
  if (positions.some((p) => p < 0) || header.length !== result.columns.length)
    throw new Fail(
      `expected columns ${JSON.stringify(header)}, got ${JSON.stringify(result.columns)}`,
    );
  const expected = rows.map((r) => rowText(r.map(parseTckValue), unorderedLists));
  const actual = result.rows.map((r) =>
    rowText(
      positions.map((p) => r[p] as TckValue),
      unorderedLists,
    ),
  );
  if (!ordered) {
    expected.sort();
    actual.sort();
  }
  if (expected.length !== actual.length || expected.some((e, i) => e !== actual[i])) {
    const missing = expected.filter((e) => !actual.includes(e)).slice(0, 3);
    const extra = actual.filter((a) => !expected.includes(a)).slice(0, 3);
    throw new Fail(
      `rows differ (${actual.length} rows, expected ${expected.length}${ordered ? ', in order' : ''})` +
        (missing.length ? `; missing ${missing.join(' ; ')}` : '') +
        (extra.length ? `; unexpected ${extra.join(' ; ')}` : ''),
    );
  }
}

function checkSideEffects(step: Step, state: RunState): void {
  if (state.error)
    throw new Fail(`expected side effects, got ${state.error.kind} error: ${state.error.message}`);
  const expected = new Map<string, number>(SIDE_EFFECTS.map((k) => [k, 0]));
  for (const [key = '', value = '0'] of step.table ?? []) expected.set(key, Number(value));
  const wrong = [...expected].filter(([k, v]) => state.effects?.get(k) !== v);
  if (wrong.length > 0)
    throw new Fail(
      `side effects: ${wrong.map(([k, v]) => `${k} ${state.effects?.get(k)} (expected ${v})`).join(', ')}`,
    );
}

function checkError(step: Step, state: RunState): void {
  const m = /^an? (\w+) should be raised at (compile time|runtime|any time): (\S+)$/.exec(
    step.text,
  );
  if (!m) throw new Skip(`unknown error step: ${step.text}`);
  const [, tckClass = '', phase = '', detail = ''] = m;
  if (!state.error) throw new Fail(`expected ${tckClass} (${detail}), the query succeeded`);
  if (!accepted(tckClass, phase).includes(state.error.kind))
    throw new Fail(
      `expected ${tckClass} (${detail}), got ${state.error.kind} error: ${state.error.message}`,
    );
}

async function execute(backend: TckBackend, query: string, state: RunState): Promise<void> {
  const before = await backend.state();
  state.result = undefined;
  state.error = undefined;
  try {
    state.result = await backend.run(query, state.params);
  } catch (e) {
    if (!(e instanceof TckQueryError)) throw e;
    state.error = e;
  }
  state.effects = sideEffects(before, await backend.state());
}

async function setup(
  backend: TckBackend,
  query: string,
  params: Map<string, TckValue>,
): Promise<void> {
  try {
    await backend.run(query, params);
  } catch (e) {
    if (e instanceof TckQueryError) throw new Fail(`setup query failed (${e.kind}): ${e.message}`);
    throw e;
  }
}

async function runStep(
  backend: TckBackend,
  step: Step,
  state: RunState,
  tckDir: string,
): Promise<void> {
  const text = step.text;
  let m: RegExpExecArray | null;
  if (text === 'an empty graph' || text === 'any graph') await backend.reset();
  else if ((m = /^the (\S+) graph$/.exec(text))) {
    await backend.reset();
    const name = m[1] as string;
    await setup(
      backend,
      readFileSync(join(tckDir, 'graphs', name, `${name}.cypher`), 'utf8'),
      new Map(),
    );
  } else if (text === 'having executed:') await setup(backend, step.docString ?? '', state.params);
  else if (text === 'parameters are:')
    for (const [name = '', value = 'null'] of step.table ?? [])
      state.params.set(name, parseTckValue(value));
  else if (text.startsWith('there exists a procedure'))
    throw new Skip('test procedures are not available');
  else if (text === 'executing query:' || text === 'executing control query:')
    await execute(backend, step.docString ?? '', state);
  else if (text.startsWith('the result should be')) checkResult(step, state);
  else if (text === 'no side effects') checkSideEffects({ ...step, table: [] }, state);
  else if (text === 'the side effects should be:') checkSideEffects(step, state);
  else if (/should be raised at/.test(text)) checkError(step, state);
  else throw new Skip(`unknown step: ${step.keyword} ${text}`);
}

export async function runScenario(
  backend: TckBackend,
  scenario: Scenario,
  tckDir: string,
): Promise<Outcome> {
  if (scenario.tags.includes('@ignore'))
    return { status: 'skipped', reason: 'tagged @ignore in the TCK' };
  const state: RunState = { params: new Map() };
  try {
    for (const step of scenario.steps) await runStep(backend, step, state, tckDir);
    return { status: 'passed' };
  } catch (e) {
    if (e instanceof Skip) return { status: 'skipped', reason: e.message };
    if (e instanceof Fail) return { status: 'failed', reason: e.message };
    return {
      status: 'failed',
      reason: `runner error: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}
