import type { Session } from '../engine/types.js';

/**
 * Write-through cache of sessions by conversation key, so an ordinary turn
 * needs no SELECT. Safe with several server instances: every save is
 * version-checked, a conflict evicts the entry and the turn reloads. Entries
 * expire after `ttlMs` idle, so purged or deleted data cannot linger.
 */
export class SessionCache {
  private readonly entries = new Map<string, { session: Session; at: number }>();

  constructor(
    private readonly maxEntries = 20_000,
    private readonly ttlMs = 5 * 60_000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(key: string): Session | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.clock() - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert to keep Map order as least-recently-used first.
    this.entries.delete(key);
    this.entries.set(key, { session: entry.session, at: this.clock() });
    return entry.session;
  }

  set(key: string, session: Session): void {
    this.entries.delete(key);
    this.entries.set(key, { session, at: this.clock() });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops every cached session of a user (after "verwijder mijn gegevens"). */
  deleteUser(schoolId: string, userId: string): void {
    for (const [key, { session }] of this.entries) {
      if (session.schoolId === schoolId && session.userId === userId) this.entries.delete(key);
    }
  }
}
