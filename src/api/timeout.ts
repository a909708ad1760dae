// Answers 503 when a request takes too long, so a stuck store call cannot hang a client.
import type { RequestHandler } from 'express';
import { sendError } from './errors.js';

export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendError(res, {
        status: 503,
        code: 'timeout',
        message: `The request took longer than ${ms / 1000} s; try a narrower query.`,
      });
    }, ms);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
