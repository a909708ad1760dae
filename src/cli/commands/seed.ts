// `actorgraph seed`: loads a seed folder into the configured store.
import { defaultSeedDir, seedStore } from '../../seed/index.js';
import { stringOption, type Command } from '../command.js';
import { print } from '../output.js';
import { counts, withStore } from '../store.js';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'load the seed graph into the configured store',
  help: `Usage: actorgraph seed [--reset] [--dir DIR]

Validates the seed folder (sources.json, actors.json, relationships/*.json) and loads it into
the configured store: the embedded store in $ACTORGRAPH_DATA (default ./data), or Neo4j when
NEO4J_URI is set. Records merge by id into what is stored, so seeding twice gives the same graph.
On any validation issue nothing is written.

Options:
  --dir DIR    seed folder (default: the package's seed/)
  --reset      replace the stored graph instead of merging into it
  -h, --help   show this help`,
  options: { dir: { type: 'string' }, reset: { type: 'boolean' } },
  positionals: [],
  async run({ values }) {
    const dir = stringOption(values, 'dir') ?? defaultSeedDir();
    const reset = values.reset === true;
    await withStore(
      async ({ store, where }) => {
        const loaded = await seedStore(store, dir, { reset });
        const how = reset ? 'replaced the graph' : 'merged';
        print(`Seeded ${where} from ${dir} (${how}): ${counts(loaded)}.`);
      },
      { overwrite: reset },
    );
  },
};
