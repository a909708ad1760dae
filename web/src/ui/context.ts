// What the panels share: the state store, the three graph layers and the app's actions.
import type { Dataset } from '../graph/dataset.js';
import type { ExplorerGraph } from '../graph/build.js';
import type { GraphCanvas } from '../graph/canvas.js';
import type { Visible } from '../filters/filters.js';
import type { MetricCache } from '../metrics/compute.js';
import type { PathRequest } from '../paths/request.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';

export interface AppContext {
  store: Store<AppState>;
  dataset: Dataset;
  graph: ExplorerGraph;
  canvas: GraphCanvas;
  metrics: MetricCache;
  /** What the current filters leave visible. */
  visible(): Visible;
  /** Selects an actor (null clears) and opens its details; `focus` also moves the graph camera. */
  select(id: string | null, options?: { focus?: boolean }): void;
  /** Runs a path query and opens the path panel. */
  findPaths(request: PathRequest): void;
  /** Opens the path panel with one or both ends filled in. */
  openPathFinder(ends: { from?: string; to?: string }): void;
  kindLabel(kind: string): string;
  kindColour(kind: string): string;
  typeLabel(type: string): string;
  typeColour(type: string): string;
}
