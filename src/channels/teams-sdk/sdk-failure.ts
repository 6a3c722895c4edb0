import type { DeliveryError } from '../channel.js';
import { toDeliveryError } from '../teams/delivery-error.js';

/** What the Teams SDK's HTTP client (axios, via @microsoft/teams.common) throws for a failed call. */
interface AxiosLikeError {
  readonly message?: string;
  readonly code?: string;
  readonly response?: {
    readonly status?: number;
    readonly data?: unknown;
    readonly headers?: { get?(name: string): unknown } | Record<string, unknown>;
  };
}

type Headers = NonNullable<AxiosLikeError['response']>['headers'];

function header(headers: Headers, name: string): string | undefined {
  if (!headers) return undefined;
  const value = typeof headers.get === 'function' ? headers.get(name) : (headers as Record<string, unknown>)[name];
  return value === undefined || value === null ? undefined : String(value);
}

/**
 * A Teams SDK failure in botframework's shape (status, connector error body,
 * Retry-After), so the shared classifier (teams/delivery-error.ts) puts it in
 * the same DeliveryError classes as botbuilder's. Axios' own codes
 * (ERR_BAD_REQUEST…) are dropped: the HTTP status says more.
 */
export function sdkDeliveryError(error: unknown): DeliveryError {
  const failure = (error ?? {}) as AxiosLikeError;
  const response = failure.response;
  const code = failure.code && !failure.code.startsWith('ERR_') ? failure.code : undefined;
  return toDeliveryError({
    ...(response?.status ? { statusCode: response.status } : {}),
    ...(code ? { code } : {}),
    ...(failure.message ? { message: failure.message } : {}),
    ...(response
      ? {
          response: {
            headers: { get: (name: string) => header(response.headers, name) },
            parsedBody: response.data,
          },
        }
      : {}),
  });
}
