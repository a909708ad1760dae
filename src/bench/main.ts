// `npm run bench [-- SECTION...]`: runs the benchmark sections (all by default) and prints their
// tables. A new section is one more entry in SECTIONS.
import { runCypherBench } from './cypher.js';
import { runHttpBench } from './http.js';
import { runSoakBench } from './soak.js';
import { runPathsBench } from './paths.js';
import { runNeo4jBench } from './neo4j.js';
import { runStoreBench } from './store.js';

interface Section {
  name: string;
  run: (print: (line: string) => void) => Promise<void>;
}

const SECTIONS: Section[] = [
  { name: 'store', run: (print) => runStoreBench(print) },
  { name: 'paths', run: (print) => runPathsBench(print) },
  { name: 'http', run: (print) => runHttpBench(print) },
  { name: 'soak', run: (print) => runSoakBench(print) },
  { name: 'cypher', run: (print) => runCypherBench(print) },
  { name: 'neo4j', run: (print) => runNeo4jBench(print) },
];

async function main(args: string[]): Promise<void> {
  const unknown = args.filter((a) => !SECTIONS.some((s) => s.name === a));
  if (unknown.length > 0) {
    throw new Error(
      `unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}`,
    );
  }
  const chosen = args.length > 0 ? SECTIONS.filter((s) => args.includes(s.name)) : SECTIONS;
  for (const section of chosen) {
    await section.run(console.log);
    console.log('');
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
