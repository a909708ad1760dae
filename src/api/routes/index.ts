// Every API route, in the order the OpenAPI document lists them.
import type { Route } from '../route.js';
import { getActor, getNeighbourhood, searchActors } from './actors.js';
import { exportGraph } from './export.js';
import { getCompactGraph, getGraph } from './graph.js';
import { health, openapi, vocabulary } from './meta.js';
import { getPaths } from './paths.js';
import { getSource, listSources } from './sources.js';

export const ROUTES: readonly Route[] = [
  health,
  vocabulary,
  getGraph,
  getCompactGraph,
  searchActors,
  getActor,
  getNeighbourhood,
  getPaths,
  listSources,
  getSource,
  exportGraph,
  openapi,
];
