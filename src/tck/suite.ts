// Finds the TCK beside the project, reads its feature files (optionally only under one folder
// or one file) and runs every scenario on a backend, counting per feature.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TckBackend } from './backend.js';
import { type Scenario, parseFeature } from './gherkin.js';
import { type Outcome, runScenario } from './run.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** TCK_DIR, else ../shared/tck beside the project; undefined when it is not there. */
export function findTck(): string | undefined {
  const dir = process.env.TCK_DIR ?? resolve(projectRoot, '..', 'shared', 'tck');
  return existsSync(join(dir, 'features')) ? dir : undefined;
}

function featureFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.feature') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => featureFiles(join(path, name)));
}

/** Scenarios of every feature under `only` (a path inside features/, or absolute). */
export function loadScenarios(tckDir: string, only?: string): Scenario[] {
  const features = join(tckDir, 'features');
  const start =
    only === undefined ? features : existsSync(only) ? resolve(only) : join(features, only);
  if (!existsSync(start)) throw new Error(`no TCK features at ${start}`);
  return featureFiles(start).flatMap((file) =>
    parseFeature(readFileSync(file, 'utf8'), relative(features, file)),
  );
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface SuiteResult {
  outcomes: Map<string, Outcome>;
  perFeature: Map<string, Counts>;
  total: Counts;
}

export async function runSuite(
  backend: TckBackend,
  scenarios: readonly Scenario[],
  tckDir: string,
): Promise<SuiteResult> {
  const result: SuiteResult = {
    outcomes: new Map(),
    perFeature: new Map(),
    total: { passed: 0, failed: 0, skipped: 0 },
  };
  for (const scenario of scenarios) {
    const outcome = await runScenario(backend, scenario, tckDir);
    result.outcomes.set(scenario.id, outcome);
    let counts = result.perFeature.get(scenario.feature);
    if (!counts)
      result.perFeature.set(scenario.feature, (counts = { passed: 0, failed: 0, skipped: 0 }));
    counts[outcome.status]++;
    result.total[outcome.status]++;
  }
  return result;
}

export function formatCounts(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}

export const baselinePath = join(projectRoot, 'test', 'tck', 'baseline.txt');
/** Scenarios Neo4j itself fails: its known differences from the TCK. */
export const neo4jDeviationsPath = join(projectRoot, 'test', 'tck', 'neo4j-deviations.txt');

/** The scenario ids in a checked-in list (one per line, # for comments). */
export function readScenarioList(path = baselinePath): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}
