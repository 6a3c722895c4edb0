import { describe, expect, it } from 'vitest';
import { newSession } from '../engine/advance.js';
import { SessionCache } from './session-cache.js';

const session = (key: string, userId = 'u') => newSession({ key, schoolId: 's', userId, locale: 'nl', now: new Date(0) });

describe('SessionCache', () => {
  it('expires idle entries and evicts the least recently used', () => {
    let now = 0;
    const cache = new SessionCache(2, 1_000, () => now);
    cache.set('a', session('a'));
    cache.set('b', session('b'));
    expect(cache.get('a')?.key).toBe('a');
    cache.set('c', session('c'));
    expect(cache.get('b')).toBeUndefined();
    now = 2_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets all sessions of a user', () => {
    const cache = new SessionCache();
    cache.set('a', session('a', 'x'));
    cache.set('b', session('b', 'y'));
    cache.deleteUser('s', 'x');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')?.key).toBe('b');
  });
});
