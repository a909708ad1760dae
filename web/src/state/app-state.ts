// The explorer's state: the shareable part (see url.ts) plus what only this page holds.
import type { PathAnswer } from '../../../src/api/types.js';
import type { UrlState } from './url.js';

export type SidePanel = 'details' | 'paths';

export interface AppState extends UrlState {
  /** Which tab of the right-hand panel is open. */
  panel: SidePanel;
  /** The answer to `path`, once it has arrived. */
  answer: PathAnswer | null;
}
