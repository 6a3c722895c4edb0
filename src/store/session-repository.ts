import { upgradeSession } from '../engine/session-upgrade.js';
import type { Session } from '../engine/types.js';
import { WatnuError } from '../errors.js';
import type { Queryable } from './db.js';
import { WriteBatcher } from './write-batcher.js';

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
  const [outcome] = await saveSessionsWithAudit(q, [{ session, previousVersion, audits }]);
  if (outcome !== undefined && !outcome.saved) throw new SessionConflict(session.key, outcome.current);
}

export interface SessionWrite {
  readonly session: Session;
  /** The version the turn read: the save only happens when it is still the stored one. */
  readonly previousVersion: number;
  readonly audits: readonly SessionAudit[];
}

export type SessionWriteOutcome = { readonly saved: true } | { readonly saved: false; readonly current: Session | null };

/**
 * Several sessions (different keys) saved, each version-checked, with their
 * audit entries, in one statement: what group commit sends. Each write gets
 * its own outcome; a write that lost the race gets the session as stored,
 * read in the same statement (the snapshot before it).
 */
export async function saveSessionsWithAudit(q: Queryable, writes: readonly SessionWrite[]): Promise<SessionWriteOutcome[]> {
  const input = writes.map(({ session, previousVersion, audits }) => ({
    key: session.key,
    school_id: session.schoolId,
    user_id: session.userId,
    data: session,
    version: session.version,
    updated_at: session.updatedAt,
    previous: previousVersion,
    audits,
  }));
  const rows = await q.query<{ key: string; saved: boolean; current: Session | null; current_version: number | null }>(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS i(key text, school_id text, user_id text, data jsonb, version int, updated_at timestamptz, previous int, audits jsonb)
     ), saved AS (
       INSERT INTO sessions AS s (key, school_id, user_id, data, version, updated_at)
       SELECT key, school_id, user_id, data, version, updated_at FROM input
       ON CONFLICT (key) DO UPDATE SET school_id = EXCLUDED.school_id, user_id = EXCLUDED.user_id,
         data = EXCLUDED.data, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
       WHERE s.version = (SELECT previous FROM input WHERE input.key = EXCLUDED.key)
       RETURNING key
     ), logged AS (
       INSERT INTO audit_log (at, school_id, action, subject, actor, detail)
       SELECT input.updated_at, input.school_id, a.action, input.key, a.actor, a.detail
       FROM input JOIN saved ON saved.key = input.key, jsonb_to_recordset(input.audits) AS a(action text, actor text, detail jsonb)
     )
     SELECT input.key, saved.key IS NOT NULL AS saved,
       CASE WHEN saved.key IS NULL THEN stored.data END AS current,
       (CASE WHEN saved.key IS NULL THEN stored.version END)::int AS current_version
     FROM input
     LEFT JOIN saved ON saved.key = input.key
     LEFT JOIN sessions AS stored ON stored.key = input.key`,
    [JSON.stringify(input)],
  );
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return writes.map(({ session }) => {
    const row = byKey.get(session.key);
    if (row?.saved) return { saved: true };
    const current = row?.current && row.current_version !== null ? { ...row.current, version: Number(row.current_version) } : null;
    return { saved: false, current };
  });
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

/**
 * Ordinary turns' session saves with group commit (WriteBatcher): a save
 * that finds none in flight goes out at once; saves made meanwhile by other
 * conversations' turns go out together, as one statement. Throws
 * SessionConflict like saveSessionWithAudit. Saves inside a transaction
 * (turns that queue handoffs) do not come here: they commit with the rest
 * of their transaction.
 */
export class SessionWriter {
  private readonly batcher: WriteBatcher<SessionWrite, SessionWriteOutcome>;

  constructor(db: Queryable) {
    this.batcher = new WriteBatcher((writes) => saveSessionsWithAudit(db, writes), (write) => write.session.key);
  }

  async save(session: Session, previousVersion: number, audits: readonly SessionAudit[]): Promise<void> {
    const outcome = await this.batcher.add({ session, previousVersion, audits });
    if (!outcome.saved) throw new SessionConflict(session.key, outcome.current);
  }
}
