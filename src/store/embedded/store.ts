// The embedded GraphStore: an in-memory graph persisted to one JSON file, queried by the modules
// of this folder. Loads are serialised and swap the whole graph only once it is written.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  CorruptDataError,
  formatIssue,
  StoreUnavailableError,
  ValidationError,
} from '../../domain/errors.js';
import type { ActorKind } from '../../domain/kinds.js';
import type { Dataset } from '../../domain/schema.js';
import { validateDataset, type DatasetLayout } from '../../domain/validate.js';
import type {
  ActorDetail,
  CompactGraph,
  GraphFilter,
  GraphStore,
  GraphView,
  LoadMode,
  LoadResult,
  Neighbourhood,
  NeighbourhoodQuery,
  PathQuery,
  PathSet,
  Resolution,
  SearchHit,
  SourceDetail,
  SourceWithCount,
  Stats,
} from '../types.js';
import { actorDetail } from './actor.js';
import { compactView } from './compact-view.js';
import { DatasetGraph } from './dataset-graph.js';
import { graphView } from './graph-view.js';
import { mergeDatasets } from '../merge.js';
import { neighbourhood } from './neighbourhood.js';
import { loadModeParam, searchParams } from '../params.js';
import { DATA_FILE, parseDatasetFile, readDatasetFile, writeDatasetFile } from './persist.js';
import { lazyGraph, readTrust, trustedGraph, writeTrust } from './trust.js';
import { shortestPaths } from './shortest-paths.js';
import { removeStaleTemps, type StoreLog } from './stale-temps.js';
import { simplePaths } from './simple-paths.js';
import { listSources, sourceDetail } from './sources.js';
import { graphStats } from './stats.js';

const EMPTY: Dataset = { sources: [], actors: [], relationships: [] };
const SHOWN_ISSUES = 3;

export interface EmbeddedOptions {
  /** Where to report temporary files of dead writers that were removed. */
  log?: StoreLog;
}

export async function openEmbeddedStore(
  dataDir: string,
  options: EmbeddedOptions = {},
): Promise<GraphStore> {
  await makeDataDir(dataDir);
  const file = path.join(dataDir, DATA_FILE);
  await removeStaleTemps(file, options.log);
  const read = await readDatasetFile(file);
  const trusted = read && (await readTrust(file, read.sha256));
  const lazy = read && trusted && lazyGraph(read.bytes, trusted);
  if (lazy) return new EmbeddedStore(file, lazy, options.log);
  const raw = read ? parseDatasetFile(file, read.bytes) : EMPTY;
  if (trusted && raw.relationships.length === trusted.layout.from.length) {
    return new EmbeddedStore(file, trustedGraph(raw, trusted.layout), options.log);
  }
  const { dataset, names, layout, issues } = validateDataset(raw);
  if (!dataset) {
    const shown = issues.slice(0, SHOWN_ISSUES).map(formatIssue).join('; ');
    throw new CorruptDataError(file, `${issues.length} validation issue(s): ${shown}`);
  }
  // Validated once: the next open of this same file need not validate it again. A data dir we
  // cannot write to (a read-only mount) only costs that next open a validation.
  if (read) await writeTrust(file, read.sha256, layout).catch(() => undefined);
  return new EmbeddedStore(file, new DatasetGraph(dataset, names, layout), options.log);
}

/** Creates the data folder, or says in words why it cannot be used (a file, no permission). */
async function makeDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'it (or a folder above it) is a file, not a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : String(code ?? err);
    throw new StoreUnavailableError(`cannot use ${dataDir} as the data folder: ${why}`, {
      cause: err,
    });
  }
}

/** Writes graph.json and then its trust record, with the rows a later open reads it by. */
export async function writeStoreFiles(
  file: string,
  graph: DatasetGraph,
  dataset: Dataset,
  layout: DatasetLayout,
): Promise<void> {
  const { sha256, relationshipOffsets: offsets } = await writeDatasetFile(file, dataset);
  await writeTrust(file, sha256, layout, offsets && { offsets, facts: graph.facts.toColumns() });
}

class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  /** The tail of the load queue: each load starts once the previous one has settled. */
  private writing: Promise<unknown> = Promise.resolve();
  /** New at every open and every load, so a revision never outlives the data it names. */
  private currentRevision = randomUUID();

  constructor(
    private readonly file: string,
    private graph: DatasetGraph,
    private readonly log: StoreLog | undefined,
  ) {}

  /** LoadResult counts what the store holds afterwards. */
  load(dataset: Dataset, mode: LoadMode): Promise<LoadResult> {
    const run = this.writing.then(() => this.loadNow(dataset, mode));
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async loadNow(dataset: Dataset, mode: LoadMode): Promise<LoadResult> {
    loadModeParam(mode);
    const next = mode === 'merge' ? mergeDatasets(this.graph.toDataset(), dataset) : dataset;
    const result = validateDataset(next);
    const { dataset: valid, names, layout } = result;
    if (!valid) throw new ValidationError(result.issues);
    const graph = new DatasetGraph(valid, names, layout);
    // A writer killed since the open left its temporary file: it goes before a new one is made.
    await removeStaleTemps(this.file, this.log);
    await writeStoreFiles(this.file, graph, valid, layout);
    this.graph = graph;
    this.currentRevision = randomUUID();
    return {
      actors: graph.actorCount,
      relationships: graph.relationshipCount,
      sources: graph.sourceCount,
    };
  }

  async exportDataset(): Promise<Dataset> {
    return this.graph.toDataset();
  }

  async isEmpty(): Promise<boolean> {
    return this.graph.actorCount === 0 && this.graph.sourceCount === 0;
  }

  async getGraph(filter?: GraphFilter): Promise<GraphView> {
    return graphView(this.graph, filter);
  }

  async getCompactGraph(filter?: GraphFilter): Promise<CompactGraph> {
    return compactView(this.graph, filter);
  }

  async getActor(id: string): Promise<ActorDetail | null> {
    return actorDetail(this.graph, id);
  }

  async resolve(name: string): Promise<Resolution> {
    return this.graph.names.resolve(name);
  }

  async search(
    query: string,
    options: { limit?: number; kinds?: ActorKind[] } = {},
  ): Promise<SearchHit[]> {
    return this.graph.names.search(query, searchParams(options));
  }

  async neighbourhood(id: string, query: NeighbourhoodQuery): Promise<Neighbourhood> {
    return neighbourhood(this.graph, id, query);
  }

  async shortestPaths(query: PathQuery): Promise<PathSet> {
    return shortestPaths(this.graph, query);
  }

  async simplePaths(query: PathQuery): Promise<PathSet> {
    return simplePaths(this.graph, query);
  }

  async listSources(): Promise<SourceWithCount[]> {
    return listSources(this.graph);
  }

  async getSource(id: string): Promise<SourceDetail | null> {
    return sourceDetail(this.graph, id);
  }

  async stats(): Promise<Stats> {
    return graphStats(this.graph);
  }

  /** Nothing to reach: the graph is in this process. */
  async revision(): Promise<string> {
    return this.currentRevision;
  }

  async ping(): Promise<void> {}

  /**
   * Nothing to read ahead: the graph is in memory from the open. Its name index is built by the
   * first query that needs it, in this process's thread, which a warm-up would only move to the
   * moment the explorer's first requests arrive.
   */
  async warmUp(): Promise<void> {}

  /** Waits for a load in progress to finish writing. */
  async close(): Promise<void> {
    await this.writing;
  }
}
