// Explained path answers: the public face of this folder.
export { answerPaths } from './answer.js';
export {
  PATH_OPTION_RANGES,
  parsePathOptions,
  resolveActor,
  type PathOptions,
} from './resolve-query.js';
export type * from './types.js';
