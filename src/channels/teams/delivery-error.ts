import { DeliveryError } from '../channel.js';

interface ConnectorFailure {
  readonly statusCode?: number;
  readonly code?: string;
  readonly message?: string;
  readonly body?: unknown;
  readonly response?: {
    readonly headers?: { get?(name: string): string | undefined } | Record<string, string>;
    readonly bodyAsText?: string;
    readonly parsedBody?: unknown;
  };
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

/** The Bot Connector's error code (`BotNotInConversationRoster`, `ConversationNotFound`), wherever the HTTP client put it. */
function connectorCode(failure: ConnectorFailure): string | undefined {
  const fromBody = (body: unknown): string | undefined => {
    if (typeof body === 'string') {
      try {
        return fromBody(JSON.parse(body));
      } catch {
        return undefined;
      }
    }
    const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
    return typeof code === 'string' ? code : undefined;
  };
  const found = fromBody(failure.response?.parsedBody) ?? fromBody(failure.response?.bodyAsText) ?? fromBody(failure.body);
  if (found) return found;
  return failure.code && failure.code !== 'RestError' && !/^E[A-Z]+$/.test(failure.code) ? failure.code : undefined;
}

/** Codes with which the Bot Connector says "the bot is not (yet) in this team or conversation". */
const waitingCodes = new Set(['BotNotInConversationRoster', 'ConversationNotFound', 'BotDisabledByAdmin', 'ConversationBlockedByUser']);

/**
 * A Bot Connector failure in the dispatcher's classes: 429, 5xx and network
 * errors are retried (Retry-After honoured); 403 and 404 (the bot is not in
 * the team or channel yet, or was removed) wait for access; 401 (the
 * connector refuses WatNu's token) and a token the login endpoint will not
 * issue are broken configuration, as is a 400 (a message Teams will never take).
 */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = (error ?? {}) as ConnectorFailure;
  const status = failure.statusCode;
  const code = connectorCode(failure);
  const reason = code ?? (status ? `HTTP ${status}` : (failure.code ?? 'request failed'));
  const message = `Teams connector: ${status ? `HTTP ${status}` : (failure.code ?? 'request failed')}${code ? ` ${code}` : ''}${failure.message ? ` (${failure.message.slice(0, 200)})` : ''}`;
  if (status === 429) return new DeliveryError(message, { retryAfterMs: retryAfterMs(failure) ?? 5_000, reason });
  if ((code && waitingCodes.has(code)) || status === 403 || status === 404) return new DeliveryError(message, { failure: 'waiting-for-access', reason });
  if (status === 401 || status === 400 || /AADSTS|invalid_client|unauthorized_client/i.test(failure.message ?? '')) {
    return new DeliveryError(message, { failure: 'broken-configuration', reason: status ? reason : 'token refused' });
  }
  const retryAfter = retryAfterMs(failure);
  return new DeliveryError(message, { ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}), mayHaveArrived: status === undefined || status >= 500, reason });
}
