// `actorgraph stats`: counts of the stored graph.
import type { Command } from '../command.js';
import { formatStats } from '../format.js';
import { print, printJson } from '../output.js';
import { withStore } from '../store.js';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'counts of actors, relationships, claims and sources in the store',
  help: `Usage: actorgraph stats [--json]

Prints how many actors (by kind), relationships (by type), contested relationships, claims and
sources the configured store holds. An empty embedded store is seeded first.

Options:
  --json       print the counts as JSON
  -h, --help   show this help`,
  options: { json: { type: 'boolean' } },
  positionals: [],
  async run({ values }) {
    const stats = await withStore(({ store }) => store.stats(), { seedEmpty: 'embedded' });
    if (values.json) printJson(stats);
    else print(formatStats(stats));
  },
};
