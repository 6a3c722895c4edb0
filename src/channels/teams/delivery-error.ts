import { DeliveryError } from '../channel.js';

interface ConnectorFailure {
  readonly statusCode?: number;
  readonly code?: string;
  readonly message?: string;
  readonly response?: { readonly headers?: { get?(name: string): string | undefined } | Record<string, string> };
}

function retryAfterMs(failure: ConnectorFailure): number | undefined {
  const headers = failure.response?.headers;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : (headers as Record<string, string> | undefined)?.['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * A Bot Connector failure as the dispatcher understands it: 429 and 5xx are
 * retried (Retry-After honoured), 400/403/404 are permanent (the bot was
 * removed, or the conversation is gone), network errors are retried.
 */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = (error ?? {}) as ConnectorFailure;
  const status = failure.statusCode;
  const message = `Teams connector: ${status ? `HTTP ${status}` : (failure.code ?? 'request failed')}${failure.message ? ` (${failure.message.slice(0, 200)})` : ''}`;
  if (status === 429) return new DeliveryError(message, retryAfterMs(failure) ?? 5_000);
  if (status === 400 || status === 403 || status === 404) return new DeliveryError(message, undefined, true);
  return new DeliveryError(message, retryAfterMs(failure));
}
