// Child process of the crash-safety test: opens the embedded store in argv[2] and replaces its
// graph with two synthetic graphs in turn, forever, printing a line after each write, until the
// test SIGKILLs it at a random moment.
import { syntheticDataset } from '../../../src/bench/synthetic.js';
import { openEmbeddedStore } from '../../../src/store/embedded/index.js';
import { CRASH_GRAPHS } from './crash-graphs.js';

const dir = process.argv[2]!;
const graphs = CRASH_GRAPHS.map((size) => syntheticDataset(size));
const store = await openEmbeddedStore(dir);
for (let i = 0; ; i += 1) {
  const dataset = graphs[i % graphs.length]!;
  process.stdout.write(`writing ${dataset.relationships.length}\n`);
  await store.load(dataset, 'replace');
  process.stdout.write(`wrote ${dataset.relationships.length}\n`);
}
