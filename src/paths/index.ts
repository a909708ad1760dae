// Explained path answers: the public face of this folder.
export { answerPaths } from './answer.js';
export { parsePathOptions, type PathOptions } from './resolve-query.js';
export type * from './types.js';
