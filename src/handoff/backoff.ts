/** Exponential backoff with jitter, capped; a platform's Retry-After wins when it is longer. */
export function nextRetryDelayMs(attempt: number, retryAfterMs?: number, random: () => number = Math.random, maxMs = 300_000): number {
  const base = Math.min(maxMs, 1_000 * 2 ** Math.max(0, attempt - 1));
  const jittered = base * (0.8 + 0.4 * random());
  return Math.max(Math.round(jittered), retryAfterMs ?? 0);
}
