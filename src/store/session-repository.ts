import { upgradeSession } from '../engine/session-upgrade.js';
import type { Session } from '../engine/types.js';
import { WatnuError } from '../errors.js';
import type { Queryable } from './db.js';

export async function loadSession(q: Queryable, key: string): Promise<Session | null> {
  const rows = await q.query<{ data: Session; version: number }>('SELECT data, version::int AS version FROM sessions WHERE key = $1', [key]);
  const row = rows[0];
  return row ? { ...upgradeSession(row.data), version: Number(row.version) } : null;
}

/**
 * Saves a session if nobody else saved it since `previousVersion` was read
 * (optimistic concurrency); otherwise throws STORE_CONFLICT.
 */
export async function saveSession(q: Queryable, session: Session, previousVersion: number): Promise<void> {
  const rows = await q.query<{ key: string }>(
    `INSERT INTO sessions (key, school_id, user_id, data, version, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (key) DO UPDATE SET school_id = EXCLUDED.school_id, user_id = EXCLUDED.user_id,
       data = EXCLUDED.data, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
     WHERE sessions.version = $7
     RETURNING key`,
    [session.key, session.schoolId, session.userId, JSON.stringify(session), session.version, session.updatedAt, previousVersion],
  );
  if (rows.length === 0) throw new WatnuError('STORE_CONFLICT', `session ${session.key} was changed by another turn`);
}

export interface SessionAudit {
  readonly action: string;
  readonly actor: string | null;
  readonly detail: Record<string, string | null>;
}

/**
 * A save lost the race: another turn (usually on another instance, after the
 * conversation moved there) saved the session first. Carries the session as
 * it is now, read in the same statement, so the turn can be re-run without
 * another round trip.
 */
export class SessionConflict extends WatnuError {
  constructor(
    key: string,
    readonly current: Session | null,
  ) {
    super('STORE_CONFLICT', `session ${key} was changed by another turn`);
  }
}

/**
 * Saves a session (version-checked, like saveSession) and appends its audit
 * entries in one statement: one round trip, atomic, for ordinary turns. On a
 * conflict it throws SessionConflict with the stored session.
 */
export async function saveSessionWithAudit(
  q: Queryable,
  session: Session,
  previousVersion: number,
  audits: readonly SessionAudit[],
): Promise<void> {
  const rows = await q.query<{ saved: number; current: Session | null; current_version: number | null }>(
    `WITH saved AS (
       INSERT INTO sessions (key, school_id, user_id, data, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (key) DO UPDATE SET school_id = EXCLUDED.school_id, user_id = EXCLUDED.user_id,
         data = EXCLUDED.data, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
       WHERE sessions.version = $7
       RETURNING key
     ), logged AS (
       INSERT INTO audit_log (at, school_id, action, subject, actor, detail)
       SELECT $6::timestamptz, $2, a.action, saved.key, a.actor, a.detail
       FROM saved, jsonb_to_recordset($8::jsonb) AS a(action text, actor text, detail jsonb)
     ), stored AS (
       SELECT data, version FROM sessions WHERE key = $1 AND NOT EXISTS (SELECT 1 FROM saved)
     )
     SELECT (SELECT count(*) FROM saved)::int AS saved, (SELECT data FROM stored) AS current, (SELECT version FROM stored)::int AS current_version`,
    [session.key, session.schoolId, session.userId, JSON.stringify(session), session.version, session.updatedAt, previousVersion, JSON.stringify(audits)],
  );
  const row = rows[0];
  if (Number(row?.saved ?? 0) > 0) return;
  const current = row?.current && row.current_version !== null ? { ...row.current, version: Number(row.current_version) } : null;
  throw new SessionConflict(session.key, current);
}

export async function deleteSession(q: Queryable, key: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE key = $1', [key]);
}

export async function deleteSessionsOfUser(q: Queryable, schoolId: string, userId: string): Promise<number> {
  const rows = await q.query('DELETE FROM sessions WHERE school_id = $1 AND user_id = $2 RETURNING key', [schoolId, userId]);
  return rows.length;
}

export async function sessionsOfUser(q: Queryable, schoolId: string, userId: string): Promise<Session[]> {
  const rows = await q.query<{ data: Session }>('SELECT data FROM sessions WHERE school_id = $1 AND user_id = $2 ORDER BY key', [schoolId, userId]);
  return rows.map((r) => upgradeSession(r.data));
}

/** Retention: sessions untouched since `before` are removed. */
export async function purgeSessions(q: Queryable, before: Date): Promise<number> {
  const rows = await q.query('DELETE FROM sessions WHERE updated_at < $1 RETURNING key', [before.toISOString()]);
  return rows.length;
}
