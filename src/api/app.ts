// createApp: the Express application — security headers, request logs, the JSON API under /api
// (validated parameters, one error shape, a request timeout) and the built web explorer at /.
import path from 'node:path';
import express, { type Request, type RequestHandler } from 'express';
import { loadConfig } from '../config.js';
import { createCypherRunner, type CypherRunner } from '../cypher/run/runner.js';
import { NotFoundError } from '../domain/errors.js';
import { createLogger, requestLogger, type Logger } from '../log.js';
import { packageRoot, packageVersion } from '../seed/index.js';
import type { GraphStore } from '../store/types.js';
import { cypherPathItem } from './cypher/openapi.js';
import { cypherRouter } from './cypher/route.js';
import { errorHandler } from './errors.js';
import { methodNotAllowed } from './methods.js';
import { buildOpenApi } from './openapi.js';
import { parseParams } from './params.js';
import { Download, type AppContext, type Route } from './route.js';
import { ResponseCache } from './response-cache.js';
import { ROUTES } from './routes/index.js';
import { securityHeaders } from './security.js';
import { requestTimeout } from './timeout.js';
import { webApp } from './web.js';

export interface AppOptions {
  logger?: Logger;
  /** Reported by /api/health and the OpenAPI document; default: package.json's version. */
  version?: string;
  /** The built web explorer; default: dist/web in the package. */
  webDir?: string;
  /** Longest an API request may take before it answers 503 timeout. */
  requestTimeoutMs?: number;
  /** Bytes of serialised answers kept for cached routes; 0 turns the cache off. */
  cacheBytes?: number;
  /** Runs POST /api/cypher; default: one for the store, with limits from the environment. */
  cypher?: CypherRunner;
}

function handler(route: Route, ctx: AppContext, cache: ResponseCache): RequestHandler {
  const parse = (req: Request) => ({
    params: route.params ? parseParams(route.params, req.params) : {},
    query: parseParams(route.query, req.query),
  });
  return async (req, res) => {
    if (route.cached) {
      // Read before answering: an answer stored under this revision can only be as new or newer.
      const revision = await ctx.store.revision();
      // A hit skips validation: only answers to this exact URL, which passed it, are stored.
      let body = cache.get(req.originalUrl, revision);
      if (body === undefined) {
        // An error (bad parameter, unknown name, ...) throws here, before any ETag.
        const text = JSON.stringify(await route.handle({ ...ctx, ...parse(req) }));
        body = cache.set(req.originalUrl, revision, text);
      }
      if (res.headersSent) return;
      const etag = `"${revision}"`;
      res.set({ ETag: etag, 'Cache-Control': 'no-cache' });
      if (req.get('If-None-Match') === etag) {
        res.status(304).end();
        return;
      }
      res.type('json').send(body);
      return;
    }
    const reply = await route.handle({ ...ctx, ...parse(req) });
    // The timeout may have answered while the store was busy.
    if (res.headersSent) return;
    if (reply instanceof Download) {
      res.attachment(reply.filename).type(reply.contentType).send(reply.body);
    } else {
      res.json(reply);
    }
  };
}

function notFound(req: Request): never {
  throw new NotFoundError('route', `${req.method} ${req.originalUrl.split('?')[0] ?? ''}`);
}

export function createApp(store: GraphStore, options: AppOptions = {}): express.Application {
  const logger = options.logger ?? createLogger('info');
  const version = options.version ?? packageVersion();
  const openapi = buildOpenApi(ROUTES, version);
  (openapi.paths as Record<string, unknown>)['/api/cypher'] = cypherPathItem();
  const ctx: AppContext = { store, version, openapi };
  const cypher = options.cypher ?? createCypherRunner(store, loadConfig());

  const cache = new ResponseCache(options.cacheBytes ?? loadConfig().cacheBytes);
  const api = express.Router();
  for (const route of ROUTES) {
    api.get(route.path, handler(route, ctx, cache));
    // Every API route answers GET (and so HEAD).
    api.all(route.path, methodNotAllowed('GET, HEAD'));
  }

  const app = express();
  // Hashing every body for an ETag cost about a sixth of a /api/paths request; cached routes
  // are tagged with the store's revision instead. Static files keep their own ETags.
  app.set('etag', false);
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.use(
    '/api',
    requestTimeout(options.requestTimeoutMs ?? 10_000),
    cypherRouter(cypher),
    api,
    notFound,
  );
  app.use(webApp(options.webDir ?? path.join(packageRoot(), 'dist', 'web')), notFound);
  app.use(errorHandler(logger));
  return app;
}
