import { webApi } from '@slack/bolt';
import { DeliveryError, type DeliveryFailure } from '../channel.js';

/** The bot is not in the channel (yet): the message waits until WatNu is invited, or the channel is unarchived. */
const waitingErrors = new Set(['channel_not_found', 'not_in_channel', 'is_archived']);

/**
 * Everything else that a retry cannot fix is broken configuration: a revoked
 * or wrong token, a missing scope, or a message Slack will never accept.
 */
const brokenErrors = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'restricted_action',
  'team_access_not_granted',
  'ekm_access_denied',
  'invalid_blocks',
  'invalid_blocks_format',
  'invalid_arguments',
  'invalid_metadata_format',
  'invalid_metadata_schema',
  'msg_too_long',
  'too_many_attachments',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
  'user_not_found',
]);

const serverErrors = ['internal_error', 'fatal_error', 'request_timeout', 'service_unavailable'];

/** Whether the message may have arrived although the call failed (timeout, connection reset, 5xx). */
export function mayHaveArrived(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code === webApi.ErrorCode.RequestError) return true;
  if (code === webApi.ErrorCode.HTTPError) return ((error as { statusCode?: number }).statusCode ?? 500) >= 500;
  if (code === webApi.ErrorCode.PlatformError) return serverErrors.includes(platformError(error));
  return false;
}

/** A platform error code (`not_in_channel`) in the dispatcher's classes. */
export function slackFailure(slackError: string): DeliveryFailure {
  if (waitingErrors.has(slackError)) return 'waiting-for-access';
  if (brokenErrors.has(slackError)) return 'broken-configuration';
  return 'retryable';
}

/** A Web API failure as the dispatcher understands it: Retry-After honoured, each answer in its class. */
export function toDeliveryError(error: unknown, method: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const code = (error as { code?: string }).code;
  const arrived = mayHaveArrived(error);
  if (code === webApi.ErrorCode.RateLimitedError) {
    const seconds = (error as { retryAfter?: number }).retryAfter ?? 1;
    return new DeliveryError(`${method}: rate limited by Slack`, { retryAfterMs: Math.max(1, seconds) * 1000, reason: 'ratelimited' });
  }
  if (code === webApi.ErrorCode.PlatformError) {
    const slackError = platformError(error);
    return new DeliveryError(`${method}: ${slackError}`, { failure: slackFailure(slackError), mayHaveArrived: arrived, reason: slackError });
  }
  if (code === webApi.ErrorCode.HTTPError) {
    const status = (error as { statusCode?: number }).statusCode ?? 0;
    const retryAfter = Number((error as { headers?: Record<string, string> }).headers?.['retry-after']);
    const broken = status >= 400 && status < 500 && status !== 408 && status !== 429;
    return new DeliveryError(`${method}: HTTP ${status}`, {
      failure: broken ? 'broken-configuration' : 'retryable',
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
      mayHaveArrived: arrived,
      reason: `HTTP ${status}`,
    });
  }
  return new DeliveryError(`${method}: ${(error as Error).message ?? String(error)}`, { mayHaveArrived: arrived, reason: 'request failed' });
}

function platformError(error: unknown): string {
  return String((error as { data?: { error?: unknown } }).data?.error ?? 'unknown_error');
}
