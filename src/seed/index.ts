// Reading and loading the seed graph: the public face of this folder.
export { defaultSeedDir, packageRoot, packageVersion } from './package-root.js';
export { readSeedDir, type SeedFiles } from './read.js';
export { seedIfEmpty, seedStore, type SeedOptions } from './load.js';
export { summariseDataset } from './summary.js';
