// POST /api/cypher: one read-only Cypher query on the store's backend, within the configured
// limits. Errors in the query answer with the status of its CypherError code, its position and
// the text found there; the body is JSON of at most a little more than the longest query.
import express, { type Router } from 'express';
import { CypherError } from '../../cypher/errors.js';
import { CYPHER_OUTCOMES, textAt } from '../../cypher/run/outcomes.js';
import type { CypherRunner } from '../../cypher/run/runner.js';
import { sendError } from '../errors.js';
import { parseParams } from '../params.js';
import { cypherRequest } from './schema.js';

export function cypherRouter(runner: CypherRunner): Router {
  const router = express.Router();
  // Room for the longest query plus its parameters; a larger body is 413 from the parser.
  const bodyLimit = Math.max(64 * 1024, runner.limits.maxQueryBytes * 4);
  router.post('/cypher', express.json({ limit: bodyLimit }), async (req, res) => {
    const { query, params } = parseParams(cypherRequest, req.body ?? {});
    try {
      const answer = await runner.run(query, params ?? {});
      if (!res.headersSent) res.json(answer);
    } catch (error) {
      if (!(error instanceof CypherError) || res.headersSent) throw error;
      const { status, apiCode } = CYPHER_OUTCOMES[error.code];
      const at = error.position;
      sendError(res, {
        status,
        code: apiCode,
        message: error.message,
        ...(at && { position: at, text: textAt(query, at.offset) }),
      });
    }
  });
  router.all('/cypher', (req, res) => {
    res.set('Allow', 'POST');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    sendError(res, {
      status: 405,
      code: 'method_not_allowed',
      message: `${req.method} is not allowed on /api/cypher; it answers POST`,
    });
  });
  return router;
}
