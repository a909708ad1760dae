// The openCypher TCK as a regression gate: every scenario in test/tck/baseline.txt must still
// pass on the embedded engine. With NEO4J_URI set, the same runner also runs on Neo4j (the
// reference), which must pass every scenario but those in test/tck/neo4j-deviations.txt.
import { describe, expect, it } from 'vitest';
import { EmbeddedBackend } from '../../src/tck/embedded.js';
import { parseFeature } from '../../src/tck/gherkin.js';
import { runScenario } from '../../src/tck/run.js';
import { Neo4jBackend } from '../../src/tck/neo4j.js';
import {
  findTck,
  formatCounts,
  loadScenarios,
  neo4jDeviationsPath,
  readScenarioList,
  runSuite,
} from '../../src/tck/suite.js';
import { canonical, parseTckValue } from '../../src/tck/values.js';

const tck = findTck();

describe('TCK runner pieces', () => {
  it('expands scenario outlines, one scenario per example row', () => {
    const feature = [
      'Feature: F',
      '  Scenario Outline: [1] Doubles',
      '    When executing query:',
      '      """',
      '      RETURN <x> * 2 AS y',
      '      """',
      '    Then the result should be, in any order:',
      '      | y   |',
      '      | <y> |',
      '    Examples:',
      '      | x | y |',
      '      | 1 | 2 |',
      '      | 3 | 6 |',
    ].join('\n');
    const scenarios = parseFeature(feature, 'F.feature');
    expect(scenarios.map((s) => s.id)).toEqual([
      'F.feature: [1] Doubles #1',
      'F.feature: [1] Doubles #2',
    ]);
    expect(scenarios[1]?.steps[0]?.docString).toBe('RETURN 3 * 2 AS y');
    expect(scenarios[1]?.steps[1]?.table).toEqual([['y'], ['6']]);
  });

  it('reads the TCK value notation and tells 1 from 1.0', () => {
    const path = parseTckValue("<(:A {name: 'x'})-[:T {w: 1.5}]->(:B)<-[:U]-()>");
    expect(canonical(path)).toBe('<(:A{"name":"x"})-[:T{"w":f1.5}]->(:B{})<-[:U{}]-({})>');
    expect(canonical(parseTckValue('1'))).not.toBe(canonical(parseTckValue('1.0')));
    expect(canonical(parseTckValue('[2, 1]'), true)).toBe(canonical(parseTckValue('[1, 2]'), true));
    expect(canonical(parseTckValue("{b: 'x', a: [null]}"))).toBe(
      canonical(parseTckValue("{a: [null], b: 'x'}")),
    );
  });
});

describe('TCK runner verdicts', () => {
  const scenario = (steps: string[]) =>
    parseFeature(
      ['Feature: F', '  Scenario: [1] S', ...steps.map((l) => `    ${l}`)].join('\n'),
      'F.feature',
    )[0]!;
  const verdict = (steps: string[]) => runScenario(new EmbeddedBackend(), scenario(steps), '.');
  const query = (q: string) => ['When executing query:', '  """', `  ${q}`, '  """'];

  it('passes a right answer and fails a wrong one, naming the rows', async () => {
    const right = [
      'Given an empty graph',
      ...query('UNWIND [2, 1] AS x RETURN x'),
      'Then the result should be, in any order:',
      '  | x |',
      '  | 1 |',
      '  | 2 |',
      'And no side effects',
    ];
    expect(await verdict(right)).toEqual({ status: 'passed' });
    const wrongOrder = right.map((l) => l.replace('in any order', 'in order'));
    expect(await verdict(wrongOrder)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('in order'),
    });
    const float = right.map((l) => l.replace('| 1 |', '| 1.0 |'));
    expect(await verdict(float)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('missing f1'),
    });
  });

  it('counts side effects from the graph before and after', async () => {
    const steps = [
      'Given an empty graph',
      ...query('CREATE (:A {k: 1}), (:A)'),
      'Then the result should be empty',
      'And the side effects should be:',
      '  | +nodes | 2 |',
      '  | +labels | 1 |',
      '  | +properties | 1 |',
    ];
    expect(await verdict(steps)).toEqual({ status: 'passed' });
    expect(await verdict(steps.map((l) => l.replace('+labels | 1', '+labels | 2')))).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('+labels 1 (expected 2)'),
    });
  });

  it('matches errors by class, and skips what it cannot run', async () => {
    const steps = [
      'Given any graph',
      ...query('RETURN range(1, 2, 0)'),
      'Then a ArgumentError should be raised at runtime: NumberOutOfRange',
    ];
    expect(await verdict(steps)).toEqual({ status: 'passed' });
    expect(
      await verdict(
        steps.map((l) =>
          l.replace('ArgumentError', 'SyntaxError').replace('runtime', 'compile time'),
        ),
      ),
    ).toMatchObject({ status: 'failed' });
    expect(
      await verdict(['Given any graph', 'And there exists a procedure test.doNothing() :: ():']),
    ).toMatchObject({ status: 'skipped' });
  });
});

describe.skipIf(!tck)('openCypher TCK on the embedded engine', () => {
  it('still passes every scenario in the baseline (update: npm run tck -- --write-baseline)', async () => {
    const baseline = readScenarioList();
    expect(baseline.length).toBeGreaterThan(0);
    const scenarios = loadScenarios(tck as string);
    const result = await runSuite(new EmbeddedBackend(), scenarios, tck as string);
    const regressions = baseline
      .map((id) => [id, result.outcomes.get(id)] as const)
      .filter(([, outcome]) => outcome?.status !== 'passed')
      .map(
        ([id, outcome]) =>
          `${id}: ${outcome ? ('reason' in outcome ? outcome.reason : '') : 'no longer in the TCK'}`,
      );
    console.log(`TCK (embedded): ${formatCounts(result.total)} of ${scenarios.length}`);
    expect(
      regressions,
      'baseline scenarios that no longer pass; fix them, or if a change is intended run npm run tck -- --write-baseline',
    ).toEqual([]);
  }, 300_000);
});

const neo4jUri = process.env.NEO4J_URI;

// Neo4j is the reference: it must pass every scenario but its known deviations, else the runner
// is wrong. The database at NEO4J_URI is emptied before every scenario.
describe.skipIf(!tck || !neo4jUri)('openCypher TCK on Neo4j (NEO4J_URI)', () => {
  it('passes everything but its known deviations from the TCK', async () => {
    const backend = new Neo4jBackend(
      neo4jUri as string,
      process.env.NEO4J_USER ?? 'neo4j',
      process.env.NEO4J_PASSWORD,
    );
    try {
      const scenarios = loadScenarios(tck as string);
      const result = await runSuite(backend, scenarios, tck as string);
      console.log(`TCK (neo4j): ${formatCounts(result.total)} of ${scenarios.length}`);
      const known = new Set(readScenarioList(neo4jDeviationsPath));
      const unexplained = [...result.outcomes]
        .filter(([id, o]) => o.status === 'failed' && !known.has(id))
        .map(([id, o]) => `${id}: ${'reason' in o ? o.reason : ''}`);
      expect(
        unexplained,
        'Neo4j fails these: a runner fault, or a deviation to add to test/tck/neo4j-deviations.txt',
      ).toEqual([]);
    } finally {
      await backend.close();
    }
  }, 1_800_000);
});

if (!neo4jUri) console.log('TCK on Neo4j skipped: NEO4J_URI is not set');
if (!tck)
  console.log(
    'TCK tests skipped: ../shared/tck is not beside the project (set TCK_DIR to run them)',
  );
