import { DeliveryError } from '../channel.js';
import { sdkDeliveryError } from './sdk-failure.js';

const maxAttempts = 3;
/** A longer wait is left to the dispatcher (the DeliveryError carries retryAfterMs). */
const maxWaitMs = 10_000;

/**
 * botbuilder's HTTP pipeline waits out a 429's Retry-After and tries again
 * within the same call; the Teams SDK's client does not retry at all. So a
 * throttled post is retried here the same way (at most 3 attempts, short
 * waits only, given up when the dispatcher aborts), and both adapters
 * deliver a throttled message in one attempt of the outbox.
 */
export async function withThrottleRetry<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : sdkDeliveryError(error);
      const wait = failure.retryAfterMs;
      const throttled = (error as { response?: { status?: number } }).response?.status === 429;
      if (!throttled || attempt >= maxAttempts || wait === undefined || wait > maxWaitMs || signal?.aborted) throw failure;
      await pause(wait, signal);
    }
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
