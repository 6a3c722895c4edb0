import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows perMinute turns, then refuses until tokens refill', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([limiter.take('u'), limiter.take('u'), limiter.take('u'), limiter.take('u')]).toEqual([true, true, true, false]);
    expect(limiter.take('other')).toBe(true);
    now += 20_000;
    expect(limiter.take('u')).toBe(true);
    expect(limiter.take('u')).toBe(false);
  });
});
