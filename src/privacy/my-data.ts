import type { Session } from '../engine/types.js';
import type { Db } from '../store/db.js';
import { deleteSessionsOfUser, sessionsOfUser } from '../store/session-repository.js';

export interface MyData {
  readonly schoolId: string;
  readonly userId: string;
  readonly conversations: ReadonlyArray<
    Pick<Session, 'key' | 'route' | 'dialogId' | 'stepId' | 'locale' | 'createdAt' | 'updatedAt'> & {
      /** What open and paused forms hold (initials, group, a note): everything typed that is kept. */
      readonly forms: ReadonlyArray<{ readonly form: string; readonly values: Readonly<Record<string, string>> }>;
    }
  >;
  readonly handoffs: ReadonlyArray<{ id: string; route: string | null; urgency: string; status: string; createdAt: string }>;
  readonly auditEntries: number;
}

/** Everything WatNu stores about a staff member, as they may request it (AVG art. 15). */
export async function exportMyData(db: Db, schoolId: string, userId: string): Promise<MyData> {
  const sessions = await sessionsOfUser(db, schoolId, userId);
  const handoffs = await db.query<{ id: string; data: { route: string | null }; urgency: string; status: string; created_at: Date | string }>(
    'SELECT id, data, urgency, status, created_at FROM handoffs WHERE school_id = $1 AND asker_id = $2 ORDER BY created_at',
    [schoolId, userId],
  );
  const audit = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE school_id = $1 AND actor = $2', [schoolId, userId]);
  return {
    schoolId,
    userId,
    conversations: sessions.map((s) => ({
      key: s.key,
      route: s.route,
      dialogId: s.dialogId,
      stepId: s.stepId,
      locale: s.locale,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      forms: [...s.paused.flatMap((p) => p.forms), ...s.forms].map((f) => ({ form: f.formId, values: f.slots })),
    })),
    handoffs: handoffs.map((h) => ({ id: h.id, route: h.data.route, urgency: h.urgency, status: h.status, createdAt: new Date(h.created_at).toISOString() })),
    auditEntries: Number(audit[0]?.n ?? 0),
  };
}

/**
 * Deletes a staff member's conversations and removes their identity from what
 * must stay (handoffs others are working on, the audit trail), AVG art. 17.
 */
export async function deleteMyData(db: Db, schoolId: string, userId: string): Promise<{ sessions: number; handoffs: number; audit: number }> {
  return db.transaction(async (tx) => {
    const sessions = await deleteSessionsOfUser(tx, schoolId, userId);
    const handoffs = await tx.query(
      `UPDATE handoffs SET asker_id = 'verwijderd',
         data = jsonb_set(jsonb_set(data, '{asker,userId}', '"verwijderd"'), '{asker,name}', '"(verwijderd)"')
       WHERE school_id = $1 AND asker_id = $2 RETURNING id`,
      [schoolId, userId],
    );
    const audit = await tx.query(`UPDATE audit_log SET actor = NULL WHERE school_id = $1 AND actor = $2 RETURNING id`, [schoolId, userId]);
    return { sessions, handoffs: handoffs.length, audit: audit.length };
  });
}
