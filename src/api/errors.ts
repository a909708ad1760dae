// The one error middleware: maps every error to the ErrorBody shape and a status code; server
// errors are logged with their cause, and no stack trace ever reaches a response.
import type { ErrorRequestHandler, Response } from 'express';
import { clip } from '../domain/echo.js';
import {
  AmbiguousNameError,
  NotFoundError,
  StoreUnavailableError,
  ValidationError,
  formatIssue,
} from '../domain/errors.js';
import { recordError, requestFields, type Logger } from '../log.js';
import type { ErrorBody } from './types.js';

type ErrorFields = ErrorBody['error'];

export function sendError(res: Response, fields: ErrorFields): void {
  res.status(fields.status).json({ error: fields } satisfies ErrorBody);
}

/** Client errors from Express and serve-static (http-errors, e.g. a malformed URL) carry a status and `expose`. */
interface ExposedError {
  status: number;
  expose: true;
  message: string;
}

function isExposedClientError(err: unknown): err is ExposedError {
  const e = err as Partial<ExposedError> | null;
  return typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose === true;
}

/** The router's URIError for a path segment that does not decode: `%zz`, a lone `%`, bad UTF-8. */
function undecodableSegment(err: unknown): string | undefined {
  if (!(err instanceof URIError) || (err as { status?: unknown }).status !== 400) return undefined;
  return /^Failed to decode param '(.*)'$/s.exec(err.message)?.[1] ?? '';
}

export function toErrorFields(err: unknown): ErrorFields {
  const segment = undecodableSegment(err);
  if (segment !== undefined) {
    return {
      status: 400,
      code: 'bad_request',
      message:
        `the path segment "${clip(segment)}" is not valid percent-encoding ` +
        '(each % must start an escape, and the escapes must spell UTF-8)',
      field: 'path',
    };
  }
  if (err instanceof ValidationError) {
    const [first] = err.issues;
    return {
      status: 400,
      code: 'bad_request',
      message: err.issues.map(formatIssue).join('; '),
      field: first?.path || undefined,
    };
  }
  if (err instanceof NotFoundError) {
    return {
      status: 404,
      code: 'not_found',
      message: err.message,
      suggestions: err.suggestions.length > 0 ? err.suggestions : undefined,
    };
  }
  if (err instanceof AmbiguousNameError) {
    return { status: 409, code: 'ambiguous', message: err.message, candidates: err.candidates };
  }
  if (err instanceof StoreUnavailableError) {
    return {
      status: 503,
      code: 'store_unavailable',
      message: 'The graph store is unavailable right now; try again shortly.',
    };
  }
  if (isExposedClientError(err)) {
    return {
      status: err.status,
      code: 'bad_request',
      message: clip(err.message, 200),
    };
  }
  return { status: 500, code: 'internal_error', message: 'Internal server error.' };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const fields = toErrorFields(err);
    if (fields.status >= 500) {
      // Logged with the request's completion line: one line, with the cause.
      recordError(res, err instanceof Error ? err : new Error(String(err)));
    }
    // A request that already timed out has had its answer; the late error is only logged.
    if (res.headersSent) {
      logger.warn({ req: requestFields(res), err }, 'error after the response was sent');
      return;
    }
    sendError(res, fields);
  };
}
