// Structured logging: one pino logger for the process and the pino-http request logger with ids.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

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

/** Logs each request once it finishes, under the caller's X-Request-Id or a fresh one. */
export function requestLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers[REQUEST_ID_HEADER];
      const id =
        typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // Headers stay out of the logs: they are long and may carry credentials.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return 'info';
    },
  });
}
