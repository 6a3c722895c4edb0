import { webApi } from '@slack/bolt';
import { DeliveryError } from '../channel.js';

/** Slack answers after which trying again cannot help: wrong channel, revoked token, malformed message. */
const permanentErrors = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
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

/** Whether the message may have arrived although the call failed (timeout, connection reset, 5xx). */
export function mayHaveArrived(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code === webApi.ErrorCode.RequestError) return true;
  if (code === webApi.ErrorCode.HTTPError) return ((error as { statusCode?: number }).statusCode ?? 500) >= 500;
  if (code === webApi.ErrorCode.PlatformError) return ['internal_error', 'fatal_error', 'request_timeout', 'service_unavailable'].includes(platformError(error));
  return false;
}

/** A Web API failure as the dispatcher understands it: Retry-After honoured, hopeless cases permanent. */
export function toDeliveryError(error: unknown, method: string): DeliveryError {
  const code = (error as { code?: string }).code;
  if (code === webApi.ErrorCode.RateLimitedError) {
    const seconds = (error as { retryAfter?: number }).retryAfter ?? 1;
    return new DeliveryError(`${method}: rate limited by Slack`, Math.max(1, seconds) * 1000);
  }
  if (code === webApi.ErrorCode.PlatformError) {
    const slackError = platformError(error);
    return new DeliveryError(`${method}: ${slackError}`, undefined, permanentErrors.has(slackError));
  }
  if (code === webApi.ErrorCode.HTTPError) {
    const status = (error as { statusCode?: number }).statusCode ?? 0;
    const retryAfter = Number((error as { headers?: Record<string, string> }).headers?.['retry-after']);
    const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
    return new DeliveryError(`${method}: HTTP ${status}`, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined, permanent);
  }
  return new DeliveryError(`${method}: ${(error as Error).message ?? String(error)}`);
}

function platformError(error: unknown): string {
  return String((error as { data?: { error?: unknown } }).data?.error ?? 'unknown_error');
}
