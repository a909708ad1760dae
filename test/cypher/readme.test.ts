// The README's "Querying with Cypher" shows every example of src/cypher/examples.ts as it is
// (the examples test runs them on both stores), so the README cannot drift from what is tested.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_EXAMPLES } from '../../src/cypher/examples.js';
import { ROOT } from '../cli/process.js';

describe('README: Querying with Cypher', () => {
  it.each(CYPHER_EXAMPLES.map((e) => [e.id, e] as const))(
    'shows the example %s verbatim',
    async (_id, example) => {
      const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
      const section = readme.slice(
        readme.indexOf('## Querying with Cypher'),
        readme.indexOf('## Stores'),
      );
      expect(section).toContain(
        `**${example.question}** (\`${example.id}\`)\n\n\`\`\`cypher\n${example.query}\n\`\`\``,
      );
    },
  );
});
