import type { Queryable } from './db.js';

/** Audit entries carry ids and actions only: never message text or pupil data. */
export interface AuditEntry {
  readonly at: Date;
  readonly schoolId: string;
  readonly action: string;
  readonly subject?: string | null;
  readonly actor?: string | null;
  readonly detail?: Record<string, string | number | boolean | null>;
}

export async function appendAudit(q: Queryable, entry: AuditEntry): Promise<void> {
  await q.query('INSERT INTO audit_log (at, school_id, action, subject, actor, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.at.toISOString(),
    entry.schoolId,
    entry.action,
    entry.subject ?? null,
    entry.actor ?? null,
    JSON.stringify(entry.detail ?? {}),
  ]);
}

export async function auditFor(q: Queryable, subject: string): Promise<Array<{ at: string; action: string; actor: string | null }>> {
  const rows = await q.query<{ at: Date | string; action: string; actor: string | null }>(
    'SELECT at, action, actor FROM audit_log WHERE subject = $1 ORDER BY id',
    [subject],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), action: r.action, actor: r.actor }));
}
