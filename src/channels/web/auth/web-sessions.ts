import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../../store/db.js';

/** Only hashes of the cookie and of `state` are stored: a database dump does not sign anyone in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface WebSession {
  readonly schoolId: string;
  readonly subject: string;
  readonly email: string;
  readonly name: string | null;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

const loginTtlMs = 10 * 60_000;
export const sessionTtlMs = 12 * 60 * 60_000;

export async function saveLogin(q: Queryable, login: { state: string; codeVerifier: string; nonce: string; schoolId: string | null }, now: Date): Promise<void> {
  await q.query('DELETE FROM web_logins WHERE created_at < $1', [new Date(now.getTime() - loginTtlMs).toISOString()]);
  await q.query('INSERT INTO web_logins (state_hash, code_verifier, nonce, school_id, created_at) VALUES ($1, $2, $3, $4, $5)', [
    hashToken(login.state),
    login.codeVerifier,
    login.nonce,
    login.schoolId,
    now.toISOString(),
  ]);
}

/** A pending login is used once: it is deleted as it is read. */
export async function takeLogin(q: Queryable, state: string, now: Date): Promise<{ codeVerifier: string; nonce: string; schoolId: string | null } | null> {
  const rows = await q.query<{ code_verifier: string; nonce: string; school_id: string | null; created_at: Date | string }>(
    'DELETE FROM web_logins WHERE state_hash = $1 RETURNING code_verifier, nonce, school_id, created_at',
    [hashToken(state)],
  );
  const row = rows[0];
  if (!row || now.getTime() - new Date(row.created_at).getTime() > loginTtlMs) return null;
  return { codeVerifier: row.code_verifier, nonce: row.nonce, schoolId: row.school_id };
}

/** Creates a session; returns the cookie value (never stored). */
export async function createSession(q: Queryable, session: Omit<WebSession, 'csrfToken' | 'expiresAt'>, now: Date): Promise<string> {
  const token = newToken();
  await q.query('DELETE FROM web_sessions WHERE expires_at < $1', [now.toISOString()]);
  await q.query(
    `INSERT INTO web_sessions (token_hash, school_id, subject, email, name, csrf_token, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [hashToken(token), session.schoolId, session.subject, session.email, session.name, newToken(), now.toISOString(), new Date(now.getTime() + sessionTtlMs).toISOString()],
  );
  return token;
}

export async function findSession(q: Queryable, token: string, now: Date): Promise<WebSession | null> {
  const rows = await q.query<{ school_id: string; subject: string; email: string; name: string | null; csrf_token: string; expires_at: Date | string }>(
    'SELECT school_id, subject, email, name, csrf_token, expires_at FROM web_sessions WHERE token_hash = $1 AND expires_at > $2',
    [hashToken(token), now.toISOString()],
  );
  const row = rows[0];
  if (!row) return null;
  return { schoolId: row.school_id, subject: row.subject, email: row.email, name: row.name, csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at) };
}

export async function deleteSession(q: Queryable, token: string): Promise<void> {
  await q.query('DELETE FROM web_sessions WHERE token_hash = $1', [hashToken(token)]);
}
