// The Neo4j GraphStore: each method checks its arguments, runs its cypher/queries files in one
// read transaction and maps the rows; loads validate, then stage and switch (load.ts). Names
// resolve through a NameIndex of the stored actors, cached and rebuilt after each load.
import type { Driver } from 'neo4j-driver';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import type { ActorKind } from '../../domain/kinds.js';
import { NameIndex, type NameEntry } from '../../domain/names.js';
import type { Dataset } from '../../domain/schema.js';
import { validateDataset } from '../../domain/validate.js';
import { compactGraph } from '../../api/compact-graph.js';
import { mergeDatasets } from '../merge.js';
import { loadModeParam, searchParams } from '../params.js';
import type {
  CompactGraph,
  ActorDetail,
  ActorSummary,
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
import { toActorDetail } from './actor-detail.js';
import {
  withDepthBound,
  withHalfHopBounds,
  withHopBound,
  withTypesAndHops,
} from './identifiers.js';
import { graphParams, neighbourhoodParams, pathParams } from './checks.js';
import type { Cypher, CypherFiles } from './cypher-files.js';
import { readDataset } from './dataset-io.js';
import { loadDataset } from './load.js';
import { toFoundPaths, toPathSet } from './paths.js';
import { PropReader, toNameEntry, toRevision } from './records.js';
import type { Transactions } from './transactions.js';
import { toGraphView, toNeighbourhood, toSourceDetail, toSourceList, toStats } from './views.js';

const SUGGESTIONS = 5;

interface ActorNames {
  index: NameIndex;
  byId: Map<string, NameEntry>;
}

function actorNames(entries: NameEntry[]): ActorNames {
  return { index: new NameIndex(entries), byId: new Map(entries.map((e) => [e.id, e])) };
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  /** Settles when the names are read; dropped on failure, so a dead server is not remembered. */
  private names: Promise<ActorNames> | undefined;
  /** The tail of the load queue: a merge must read what the previous load wrote. */
  private loading: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly driver: Driver,
    private readonly tx: Transactions,
    private readonly cypher: CypherFiles,
  ) {}

  private get query(): CypherFiles['query'] {
    return this.cypher.query;
  }

  load(dataset: Dataset, mode: LoadMode): Promise<LoadResult> {
    const run = this.loading.then(() => this.loadNow(dataset, mode));
    this.loading = run.catch(() => undefined);
    return run;
  }

  /** 'merge' writes the union of what is stored and `dataset` afresh, as 'replace' writes `dataset`. */
  private async loadNow(dataset: Dataset, mode: LoadMode): Promise<LoadResult> {
    loadModeParam(mode);
    const next =
      mode === 'merge'
        ? mergeDatasets(await this.tx.read((run) => readDataset(run, this.query)), dataset)
        : dataset;
    const result = validateDataset(next);
    // Thrown before anything is staged, so a load that fails validation writes nothing.
    if (!result.dataset) throw new ValidationError(result.issues);
    const stored = result.dataset;
    await loadDataset(this.tx, this.cypher.load, stored);
    this.names = Promise.resolve(actorNames(stored.actors));
    return {
      actors: stored.actors.length,
      relationships: stored.relationships.length,
      sources: stored.sources.length,
    };
  }

  exportDataset(): Promise<Dataset> {
    return this.tx.read((run) => readDataset(run, this.query));
  }

  async isEmpty(): Promise<boolean> {
    const [row] = await this.tx.read((run) => run(this.query['is-empty']));
    return new PropReader(row ?? {}, 'is-empty row').bool('empty');
  }

  async getGraph(filter?: GraphFilter): Promise<GraphView> {
    const params = graphParams(filter);
    return this.tx.read(async (run) =>
      toGraphView(
        await run(this.query['graph-nodes'], params),
        await run(this.query['graph-edges'], params),
      ),
    );
  }
  /** The generic encoding of getGraph's view: Neo4j has no actor numbers to build it from. */
  async getCompactGraph(filter?: GraphFilter): Promise<CompactGraph> {
    return compactGraph(await this.getGraph(filter));
  }

  async getActor(id: string): Promise<ActorDetail | null> {
    return this.tx.read(async (run) => {
      const [actor] = await run(this.query.actor, { id });
      if (!actor) return null;
      return toActorDetail(actor, await run(this.query['actor-relationships'], { id }));
    });
  }

  async resolve(name: string): Promise<Resolution> {
    return (await this.actorNames()).index.resolve(name);
  }

  async search(
    query: string,
    options: { limit?: number; kinds?: ActorKind[] } = {},
  ): Promise<SearchHit[]> {
    const checked = searchParams(options);
    const { index } = await this.actorNames();
    return index.search(query, checked);
  }

  async neighbourhood(id: string, query: NeighbourhoodQuery): Promise<Neighbourhood> {
    const center = await this.requireActor(id);
    const params = { id: center.id, ...neighbourhoodParams(query) };
    const statement = withDepthBound(this.query.neighbourhood, params.depth);
    const [row] = await this.tx.read((run) => run(statement, params));
    const result = row && toNeighbourhood(center.id, row);
    // The center is its own first neighbour; none means it was deleted since the names were read.
    if (!result || result.nodes.length === 0) throw new NotFoundError('actor', center.id);
    return result;
  }

  shortestPaths(query: PathQuery): Promise<PathSet> {
    // Undirected, allShortestPaths' bidirectional search; directed (symmetric relationships both
    // ways) needs the quantified pattern's per-step test.
    return this.paths(query, ({ directed, types, maxHops }) =>
      directed
        ? withHopBound(this.query['shortest-paths'], maxHops)
        : withTypesAndHops(this.query['shortest-paths-undirected'], types, maxHops),
    );
  }

  simplePaths(query: PathQuery): Promise<PathSet> {
    return this.paths(query, ({ maxHops }) =>
      withHalfHopBounds(this.query['simple-paths'], maxHops),
    );
  }

  /** @param statement the path query for the checked parameters (hop bound, types) */
  private async paths(
    query: PathQuery,
    statement: (params: ReturnType<typeof pathParams>) => Cypher,
  ) {
    const ends = [await this.requireActor(query.from), await this.requireActor(query.to)];
    const params = pathParams(query);
    return this.tx.read(async (run) => {
      const found = toFoundPaths(await run(statement(params), params), params.limit);
      const details =
        found.relationships.length > 0
          ? await run(this.query['path-details'], { rels: found.relationships })
          : [];
      return toPathSet(found, ends, details);
    });
  }

  async listSources(): Promise<SourceWithCount[]> {
    return toSourceList(await this.tx.read((run) => run(this.query.sources)));
  }

  async getSource(id: string): Promise<SourceDetail | null> {
    const [row] = await this.tx.read((run) => run(this.query.source, { id }));
    return row ? toSourceDetail(row) : null;
  }

  async stats(): Promise<Stats> {
    const [row] = await this.tx.read((run) => run(this.query.stats));
    return toStats(row ?? {});
  }

  async revision(): Promise<string> {
    const [row] = await this.tx.read((run) => run(this.query.revision));
    return toRevision(row);
  }

  async ping(): Promise<void> {
    await this.tx.read((run) => run(this.query.ping));
  }

  /**
   * Reads the actor names and builds their search index, which the first resolve or search would
   * wait for: 3 s at 100k actors, 1-1.5 s of it the index.
   */
  async warmUp(): Promise<void> {
    (await this.actorNames()).index.prepareSearch();
  }

  /** Waits for a load in progress, then closes the driver's connections. */
  async close(): Promise<void> {
    await this.loading;
    await this.driver.close();
  }

  private actorNames(): Promise<ActorNames> {
    if (!this.names) {
      const reading = this.tx.read(async (run) => {
        const rows = await run(this.query.names);
        return actorNames(rows.map(toNameEntry));
      });
      this.names = reading;
      reading.catch(() => {
        if (this.names === reading) this.names = undefined;
      });
    }
    return this.names;
  }

  /** The stored actor with this id, or NotFoundError with "did you mean" suggestions. */
  private async requireActor(id: unknown): Promise<ActorSummary> {
    const { index, byId } = await this.actorNames();
    const entry = typeof id === 'string' ? byId.get(id) : undefined;
    if (entry) return { id: entry.id, kind: entry.kind, name: entry.name };
    const key = String(id);
    const suggestions = index
      .search(key, { limit: SUGGESTIONS })
      .map(({ id: sid, name, kind, matched }) => ({ id: sid, name, kind, matched }));
    throw new NotFoundError('actor', key, suggestions);
  }
}
