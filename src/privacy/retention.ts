import { purgeClosedCases } from '../calamity/case-repository.js';
import type { Logger } from '../log.js';
import type { Db } from '../store/db.js';
import { purgeSessions } from '../store/session-repository.js';

export type PurgeCounts = Record<'sessions' | 'cases' | 'handoffs' | 'outbox' | 'inbox' | 'reminders' | 'incidents' | 'audit', number>;

/**
 * Retention: everything older than the cut-off is removed. Open handoffs and
 * open cases are kept whatever their age (nothing a child depends on
 * disappears); acknowledged handoffs, closed cases, idle sessions, delivered
 * messages, incidents and audit entries go.
 */
export async function purgeExpired(db: Db, now: Date, days: number): Promise<PurgeCounts> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const at = cutoff.toISOString();
  const count = async (sql: string) => (await db.query(sql, [at])).length;
  return {
    sessions: await purgeSessions(db, cutoff),
    cases: await purgeClosedCases(db, cutoff),
    handoffs: await count(`DELETE FROM handoffs WHERE status = 'acknowledged' AND acked_at < $1 RETURNING id`),
    outbox: await count(`DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created_at < $1 RETURNING id`),
    inbox: await count(`DELETE FROM inbox_messages WHERE created_at < $1 RETURNING id`),
    reminders: await count(`DELETE FROM reminders WHERE status = 'sent' AND due_at < $1 RETURNING id`),
    incidents: await count(`DELETE FROM incidents WHERE created_at < $1 RETURNING id`),
    audit: await count(`DELETE FROM audit_log WHERE at < $1 RETURNING id`),
  };
}

/** A timer job that purges at most once an hour; channels add their own stores (`extra`). */
export function retentionJob(db: Db, days: number, log: Logger, extra: ReadonlyArray<(before: Date) => Promise<number>> = []) {
  let last = 0;
  return {
    name: 'retention',
    async tick(now: Date): Promise<number> {
      if (now.getTime() - last < 3_600_000) return 0;
      last = now.getTime();
      const counts = await purgeExpired(db, now, days);
      const cutoff = new Date(now.getTime() - days * 86_400_000);
      let channelRows = 0;
      for (const purge of extra) channelRows += await purge(cutoff);
      const total = Object.values(counts).reduce((a, b) => a + b, 0) + channelRows;
      if (total > 0) log.info({ purged: counts, channelRows, retentionDays: days }, 'retention purge');
      return total;
    },
  };
}
