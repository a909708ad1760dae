// `actorgraph validate`: checks a seed folder without any store and prints its counts and issues.
import { ValidationError } from '../../domain/errors.js';
import { validateDataset } from '../../domain/validate.js';
import { defaultSeedDir, readSeedDir, summariseDataset } from '../../seed/index.js';
import { stringOption, type Command } from '../command.js';
import { formatStats } from '../format.js';
import { columns, print } from '../output.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check the seed files and print their counts and every issue',
  help: `Usage: actorgraph validate [--dir DIR]

Checks every seed record against the schema and the cross-record rules (unique ids, endpoints
exist, relationship types fit the actor kinds, cited sources exist, claimants, shared aliases,
dates). Prints the counts, then each issue as "file > record > field: message". Exits 1 on any
issue. Needs no store.

Options:
  --dir DIR    seed folder (default: the package's seed/)
  -h, --help   show this help`,
  options: { dir: { type: 'string' } },
  positionals: [],
  async run({ values }) {
    const dir = stringOption(values, 'dir') ?? defaultSeedDir();
    const { raw, files } = await readSeedDir(dir);
    const { dataset, issues, summary } = validateDataset(raw, files, { review: true });
    if (!dataset) {
      // Without a valid dataset only the raw counts are meaningful.
      print(`${dir} has issues.`);
      print(
        columns([
          ['Actors', summary.actors],
          ['Relationships', summary.relationships],
          ['Claims', summary.claims],
          ['Sources', summary.sources],
        ]),
      );
      throw new ValidationError(issues);
    }
    print(`${dir} is valid.`);
    print(formatStats(summariseDataset(dataset)));
  },
};
