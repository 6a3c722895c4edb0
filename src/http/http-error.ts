import type { NextFunction, Request, Response } from 'express';
import { type ErrorCode, isWatnuError } from '../errors.js';
import type { Logger } from '../log.js';

const statusOf: Partial<Record<ErrorCode, number>> = {
  REQUEST_INVALID: 400,
  BODY_TOO_LARGE: 413,
  SCHOOL_UNKNOWN: 404,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  AUTH_REQUIRED: 401,
  CSRF_INVALID: 403,
  SIGN_IN_FAILED: 400,
  RATE_LIMITED: 429,
  STORE_CONFLICT: 409,
  STORE_UNAVAILABLE: 503,
};

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

export function sendError(res: Response, status: number, code: string, message: string, field?: string): void {
  if (res.headersSent) return;
  const body: ErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  res.status(status).json(body);
}

/** Last middleware: every failure becomes a JSON error with a stable code; nothing leaks a stack trace. */
export function errorMiddleware(log: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const bodyError = error as { type?: string; status?: number };
    if (bodyError?.type === 'entity.too.large') {
      sendError(res, 413, 'BODY_TOO_LARGE', 'request body is larger than this endpoint accepts (64 KiB for /api/chat)');
      return;
    }
    if (bodyError?.type === 'entity.parse.failed') {
      sendError(res, 400, 'REQUEST_INVALID', 'request body is not valid JSON', 'body');
      return;
    }
    if (bodyError?.type && typeof bodyError.status === 'number' && bodyError.status < 500) {
      sendError(res, bodyError.status, 'REQUEST_INVALID', `request body rejected (${bodyError.type})`, 'body');
      return;
    }
    if (isWatnuError(error)) {
      const status = statusOf[error.code] ?? 500;
      if (status >= 500) log.error({ code: error.code, err: error.message }, 'request failed');
      sendError(res, status, error.code, error.message, error.details[0]);
      return;
    }
    log.error({ err: error }, 'unexpected error while handling a request');
    sendError(res, 500, 'INTERNAL', 'internal error; the message was not lost if it was a handoff, try again');
  };
}
