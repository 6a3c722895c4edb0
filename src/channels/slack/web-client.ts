import { AsyncLocalStorage } from 'node:async_hooks';
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

/** The abort signal of the delivery attempt a Web API call belongs to. */
const attemptSignal = new AsyncLocalStorage<AbortSignal>();

/**
 * Runs Web API calls so that their HTTP requests are aborted with `signal`
 * (the dispatcher gave up on the attempt): nothing is posted after the
 * attempt timed out.
 */
export function withAbortSignal<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  if (!signal) return work();
  if (signal.aborted) return Promise.reject(new Error('the dispatcher gave up on this attempt before it was posted'));
  return attemptSignal.run(signal, work);
}

/**
 * The outbox's client: no retries and no waiting on rate limits inside the
 * client; a 429 comes back at once with its Retry-After, and the durable
 * outbox schedules the retry. Each request carries its attempt's abort signal.
 */
export function deliveryClient(settings: SlackSettings, log: Logger): webApi.WebClient {
  return new webApi.WebClient(settings.botToken, {
    ...clientOptions(settings, log),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    requestInterceptor: (config) => {
      const signal = attemptSignal.getStore();
      return signal ? { ...config, signal } : config;
    },
  });
}
