/**
 * One catalogue of error codes. Expected outcomes (a bad request, an unknown
 * school) are values carried by WatnuError with a stable code; the HTTP layer
 * maps codes to status codes. Bugs stay plain Errors.
 */
export const errorCodes = {
  CONFIG_INVALID: 'config is invalid',
  CONTENT_INVALID: 'dialog, school or locale files are invalid',
  TRIAGE_LEXICON_INVALID: 'triage lexicon files are invalid',
  REQUEST_INVALID: 'request is invalid',
  BODY_TOO_LARGE: 'request body is too large',
  SCHOOL_UNKNOWN: 'school is unknown',
  NOT_FOUND: 'not found',
  UNAUTHORIZED: 'not authenticated',
  FORBIDDEN: 'not allowed',
  AUTH_REQUIRED: 'sign-in required',
  CSRF_INVALID: 'missing or wrong CSRF token',
  SIGN_IN_FAILED: 'the OpenID Connect sign-in did not complete',
  RATE_LIMITED: 'too many requests',
  UNSAFE_BIND: 'refusing to listen on a non-loopback address without credentials',
  PORT_UNAVAILABLE: 'the HTTP port cannot be opened',
  STORE_CONFLICT: 'concurrent update of the same record',
  STORE_UNAVAILABLE: 'database is unavailable',
  DELIVERY_FAILED: 'message delivery failed',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class WatnuError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly string[];

  constructor(code: ErrorCode, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'WatnuError';
    this.code = code;
    this.details = details;
  }
}

export function isWatnuError(error: unknown, code?: ErrorCode): error is WatnuError {
  return error instanceof WatnuError && (code === undefined || error.code === code);
}
