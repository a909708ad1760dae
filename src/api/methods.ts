// 405 for a method a path does not answer, with Allow; OPTIONS gets 204 and Allow. Each router
// mounts it after its own routes with the methods that path answers, so a route added later
// for another method (a POST) answers instead of this.
import type { RequestHandler } from 'express';
import { clip } from '../domain/echo.js';
import { sendError } from './errors.js';

export function methodNotAllowed(allow: string): RequestHandler {
  return (req, res) => {
    res.set('Allow', allow);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    const path = clip(req.originalUrl.split('?')[0] ?? '');
    sendError(res, {
      status: 405,
      code: 'method_not_allowed',
      message: `${clip(req.method)} is not allowed on ${path}; it answers ${allow}`,
    });
  };
}
