// Structured logging: one pino logger for the process and the request logger with ids.
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { pino, type Logger } from 'pino';

export type { Logger };

export const REQUEST_ID_HEADER = 'x-request-id';
// An incoming id is echoed into logs and headers, so only short, plain tokens are trusted.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** How often buffered log lines are written out when traffic is too light to fill the buffer. */
const FLUSH_MS = 1_000;

/**
 * The process logger. Lines are buffered and written 4 KB at a time (or every second), not one
 * write(2) per line: a synchronous write per request line cost the most when stdout is a pipe or
 * a terminal. pino flushes what is buffered when the process exits; a SIGKILL loses at most the
 * last second's lines.
 */
export function createLogger(level: string): Logger {
  if (level === 'silent') return pino({ level });
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const flush = () => {
    try {
      destination.flush();
    } catch {
      // The destination closes as the process exits; nothing is left to write.
    }
  };
  setInterval(flush, FLUSH_MS).unref();
  return pino({ level, base: { app: 'actorgraph' } }, destination);
}

/** What a request's log lines say about it; headers stay out (long, and may carry credentials). */
export interface RequestFields {
  id: string;
  method: string;
  url: string;
}

/** Set by the error handler: the cause of a 5xx, logged with the request's completion line. */
export function recordError(res: Response, err: Error): void {
  res.locals.error = err;
}

/** The request's fields for a line logged outside its completion line. */
export function requestFields(res: Response): RequestFields | undefined {
  return res.locals.request as RequestFields | undefined;
}

/**
 * Logs each request once it finishes (or its client goes), under the caller's X-Request-Id or a
 * fresh one: one line with the request, its status and its time. Written here rather than with
 * pino-http, whose child logger per request cost about a tenth of a small request's CPU.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const id =
      typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, id);
    const fields: RequestFields = { id, method: req.method, url: req.originalUrl };
    res.locals.request = fields;
    const start = Date.now();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const err = res.locals.error as Error | undefined;
      const level =
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const line = {
        req: fields,
        res: { statusCode: res.statusCode },
        responseTime: Date.now() - start,
      };
      if (err) logger[level]({ ...line, err }, 'request errored');
      else logger[level](line, 'request completed');
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
