import { webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { boltLogger } from './slack-logger.js';
import type { SlackSettings } from './slack-settings.js';

/** Client options shared by Bolt's client (answers in a conversation) and the delivery client. */
export function clientOptions(settings: SlackSettings, log: Logger): webApi.WebClientOptions {
  return {
    logger: boltLogger(log),
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
  };
}

/**
 * The outbox's client: no retries and no waiting on rate limits inside the
 * client; a 429 comes back at once with its Retry-After, and the durable
 * outbox schedules the retry.
 */
export function deliveryClient(settings: SlackSettings, log: Logger): webApi.WebClient {
  return new webApi.WebClient(settings.botToken, {
    ...clientOptions(settings, log),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
}
