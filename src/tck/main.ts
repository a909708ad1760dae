// `npm run tck -- [dir] [--neo4j] [--verbose] [--reasons] [--write-baseline]`: runs the openCypher
// TCK scenarios on the embedded engine (or on Neo4j at NEO4J_URI) and prints, per feature and in
// total, how many passed, failed and were skipped.
import { writeFileSync } from 'node:fs';
import type { TckBackend } from './backend.js';
import { baselinePath, findTck, formatCounts, loadScenarios, runSuite } from './suite.js';

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run tck -- [features dir or file] [--neo4j] [--verbose] [--reasons] [--write-baseline]`,
  );
  process.exit(2);
}

/** A failure's reason with the specifics blurred, so that failures group by cause. */
function reasonGroup(reason: string): string {
  return reason
    .replace(/'[^']*'/g, "'…'")
    .replace(/`[^`]*`/g, '`…`')
    .replace(/\d+/g, 'N')
    .replace(/; (missing|unexpected) .*/, '')
    .slice(0, 110);
}

async function backendFor(neo4j: boolean): Promise<TckBackend> {
  if (!neo4j) {
    const { EmbeddedBackend } = await import('./embedded.js');
    return new EmbeddedBackend();
  }
  const uri = process.env.NEO4J_URI;
  if (!uri) usage('--neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD when auth is on)');
  const { Neo4jBackend } = await import('./neo4j.js');
  return new Neo4jBackend(uri, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  for (const f of flags)
    if (!['--neo4j', '--verbose', '--reasons', '--write-baseline'].includes(f))
      usage(`unknown option ${f}`);
  const only = args.find((a) => !a.startsWith('--'));
  const tck = findTck();
  if (!tck) usage('the TCK is not beside the project (../shared/tck); set TCK_DIR');
  const scenarios = loadScenarios(tck, only);
  const backend = await backendFor(flags.has('--neo4j'));
  const started = Date.now();
  try {
    const result = await runSuite(backend, scenarios, tck);
    for (const [feature, counts] of result.perFeature)
      console.log(`${feature}: ${formatCounts(counts)}`);
    if (flags.has('--verbose'))
      for (const [id, outcome] of result.outcomes)
        if (outcome.status !== 'passed')
          console.log(`${outcome.status.toUpperCase()} ${id}\n    ${outcome.reason}`);
    if (flags.has('--reasons')) {
      const groups = new Map<string, number>();
      for (const outcome of result.outcomes.values())
        if (outcome.status !== 'passed') {
          const key = `${outcome.status}: ${reasonGroup(outcome.reason)}`;
          groups.set(key, (groups.get(key) ?? 0) + 1);
        }
      for (const [key, count] of [...groups].sort((a, b) => b[1] - a[1]))
        console.log(`${String(count).padStart(5)}  ${key}`);
    }
    const all = scenarios.length;
    console.log(
      `Total (${backend.name}): ${formatCounts(result.total)} of ${all} scenarios; ` +
        `${((100 * result.total.passed) / Math.max(all, 1)).toFixed(1)}% pass, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (flags.has('--write-baseline')) {
      if (only !== undefined || flags.has('--neo4j'))
        usage('--write-baseline runs the whole TCK on the embedded engine');
      const passing = [...result.outcomes]
        .filter(([, o]) => o.status === 'passed')
        .map(([id]) => id);
      writeFileSync(
        baselinePath,
        `# TCK scenarios the embedded engine passes; test/tck/tck.test.ts fails when one of them no longer does.\n# Regenerate with: npm run tck -- --write-baseline\n${passing.join('\n')}\n`,
      );
      console.log(`wrote ${passing.length} scenarios to ${baselinePath}`);
    }
  } finally {
    await backend.close();
  }
}

await main();
