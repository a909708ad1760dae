// Typed client for the actorgraph JSON API (bodies from src/api/types.ts); failures become ApiError.
import type {
  ActorBody,
  CanvasView,
  CompactGraph,
  ErrorBody,
  PathAnswer,
  SearchBody,
  VocabularyBody,
} from '../../../src/api/types.js';
import type { CypherAnswer } from '../../../src/cypher/wire.js';
import { decodeCompactGraph } from '../graph/compact.js';
import type { PathRequest } from '../paths/request.js';

/** A failed request: `status` 0 means the API could not be reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: ErrorBody['error'] | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Params = Record<string, string | number | boolean | readonly string[] | null | undefined>;

function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    // No Accept header: the API answers JSON anyway, and a header the page's preloads do not send
    // keeps the browser from using them (index.html), so the data would be fetched twice.
    response = await fetch(`/api${path}${queryString(params)}`, { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'The actorgraph API cannot be reached.');
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const detail = body?.error ?? null;
  throw new ApiError(response.status, detail?.message ?? `HTTP ${response.status}`, detail);
}

async function postCypher(
  query: string,
  params: Record<string, unknown> = {},
): Promise<CypherAnswer> {
  let response: Response;
  try {
    response = await fetch('/api/cypher', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, params }),
    });
  } catch {
    throw new ApiError(0, 'The actorgraph API cannot be reached.');
  }
  if (response.ok) return (await response.json()) as CypherAnswer;
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const detail = body?.error ?? null;
  throw new ApiError(response.status, detail?.message ?? `HTTP ${response.status}`, detail);
}

export const api = {
  cypher: postCypher,
  vocabulary: () => getJson<VocabularyBody>('/vocabulary'),
  /** The columns the canvas needs (a fraction of /graph's bytes); details come per actor. */
  graph: async (): Promise<CanvasView> =>
    decodeCompactGraph(await getJson<CompactGraph>('/graph/compact')),
  search: (q: string, signal?: AbortSignal) =>
    getJson<SearchBody>('/actors', { q, limit: 8 }, signal),
  actor: (id: string, signal?: AbortSignal) =>
    getJson<ActorBody>(`/actors/${encodeURIComponent(id)}`, {}, signal),
  paths: (request: PathRequest, signal?: AbortSignal) =>
    getJson<PathAnswer>(
      '/paths',
      {
        from: request.from,
        to: request.to,
        maxHops: request.maxHops,
        types: request.types,
        directed: request.directed,
      },
      signal,
    ),
};

export const EXPORT_FORMATS = [
  { format: 'gexf', label: 'GEXF (Gephi)' },
  { format: 'graphml', label: 'GraphML' },
  { format: 'json', label: 'JSON dataset' },
  { format: 'csv', label: 'CSV' },
] as const;

export function exportUrl(format: string): string {
  return `/api/export${queryString({ format })}`;
}
