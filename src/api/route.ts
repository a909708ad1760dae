// A route as data: path, parameter schemas, response schema and handler. The router mounts
// routes from this shape and the OpenAPI document describes them from it, so the two agree.
import type { z } from 'zod';
import type { GraphStore } from '../store/types.js';

/** What every handler can reach besides its parsed parameters. */
export interface AppContext {
  store: GraphStore;
  version: string;
  /** The OpenAPI document, built once from the routes. */
  openapi: object;
}

export interface RouteInput<P, Q> extends AppContext {
  params: P;
  query: Q;
}

/** A file to download instead of a JSON body. */
export class Download {
  constructor(
    readonly body: string,
    readonly contentType: string,
    readonly filename: string,
  ) {}
}

export type RouteResponse =
  | { description: string; json: z.ZodType }
  /** Media type -> body schema (undefined: an opaque file). */
  | { description: string; files: Record<string, z.ZodType | undefined> };

export interface Route<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  /** Express path under /api, e.g. `/actors/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query: Q;
  response: RouteResponse;
  /** Statuses this route answers besides 200, 400, 500 and 503. */
  errors?: Array<404 | 409>;
  /**
   * The JSON body depends only on the URL and the stored data: it is cached per store revision
   * and tagged with an ETag, so clients can revalidate and get 304 Not Modified.
   */
  cached?: boolean;
  /** Returns the JSON body, or a Download. */
  handle(input: RouteInput<z.output<P>, z.output<Q>>): Promise<unknown>;
}

/** Checks a route's handler against its own schemas, then erases them for the route list. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType>(route: Route<P, Q>): Route {
  return route as unknown as Route;
}
