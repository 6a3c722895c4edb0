import type { ChannelAddress, OutboundMessage, SentRef } from '../channels/channel.js';
import type { Db, Queryable } from '../store/db.js';
import { addressKey } from './addresses.js';

export type OutboxKind = 'handoff' | 'reminder' | 'escalation' | 'notice' | 'update';

export interface OutboxItem {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly schoolId: string;
  readonly kind: OutboxKind;
  readonly channel: ChannelAddress['channel'];
  readonly target: ChannelAddress | SentRef;
  readonly payload: OutboundMessage;
  /** The handoff (or case) this message is about. */
  readonly subject: string | null;
  readonly attempts: number;
  /** True when an earlier attempt was interrupted: it may have been delivered. */
  readonly inDoubt: boolean;
}

export interface NewOutboxItem {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly schoolId: string;
  readonly kind: OutboxKind;
  readonly channel: ChannelAddress['channel'];
  readonly target: ChannelAddress | SentRef;
  readonly payload: OutboundMessage;
  readonly subject?: string | null;
  readonly notBefore: Date;
}

/** Written in the same transaction as the state change that causes it; duplicates by key are ignored. */
export async function enqueueOutbox(q: Queryable, item: NewOutboxItem, now: Date): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO outbox (id, idempotency_key, school_id, kind, channel, target, payload, subject, status, attempts, next_attempt_at, created_at, target_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, $9, $10, $11)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [
      item.id,
      item.idempotencyKey,
      item.schoolId,
      item.kind,
      item.channel,
      JSON.stringify(item.target),
      JSON.stringify(item.payload),
      item.subject ?? null,
      item.notBefore.toISOString(),
      now.toISOString(),
      // Which address this is (`slack:C0IB`), so waiting messages can be resumed per address.
      item.kind === 'update' ? null : addressKey(item.target as ChannelAddress),
    ],
  );
  return rows.length > 0;
}

interface OutboxRow {
  id: string;
  idempotency_key: string;
  school_id: string;
  kind: OutboxKind;
  channel: ChannelAddress['channel'];
  target: ChannelAddress | SentRef;
  payload: OutboundMessage;
  subject: string | null;
  attempts: number;
  status: string;
  in_doubt: boolean;
}

/**
 * Claims due items with a lease: pending ones, waiting ones whose probe is
 * due, and those whose lease expired (the process died or gave up mid-send),
 * which are marked in doubt. In doubt stays set until the item is recorded
 * as sent, also when the check of an in-doubt item fails.
 */
export async function claimDueOutbox(db: Db, now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<OutboxRow>(
      `SELECT id, idempotency_key, school_id, kind, channel, target, payload, subject, attempts::int AS attempts, status, in_doubt
       FROM outbox
       WHERE (status IN ('pending', 'waiting') AND next_attempt_at <= $1) OR (status = 'sending' AND lease_until < $1)
       ORDER BY next_attempt_at, created_at
       LIMIT $2
       FOR UPDATE SKIP LOCKED`,
      [now.toISOString(), limit],
    );
    if (rows.length === 0) return [];
    await tx.query(
      `UPDATE outbox SET status = 'sending', attempts = attempts + 1, lease_until = $2, in_doubt = (in_doubt OR status = 'sending') WHERE id = ANY($1::text[])`,
      [rows.map((r) => r.id), new Date(now.getTime() + leaseMs).toISOString()],
    );
    return rows.map((r) => ({
      id: r.id,
      idempotencyKey: r.idempotency_key,
      schoolId: r.school_id,
      kind: r.kind,
      channel: r.channel,
      target: r.target,
      payload: r.payload,
      subject: r.subject,
      attempts: Number(r.attempts) + 1,
      inDoubt: r.in_doubt || r.status === 'sending',
    }));
  });
}

export async function markOutboxSent(q: Queryable, id: string, ref: SentRef, now: Date): Promise<void> {
  await q.query(
    `UPDATE outbox SET status = 'sent', sent_ref = $2, sent_at = $3, lease_until = NULL, last_error = NULL, in_doubt = false WHERE id = $1`,
    [id, JSON.stringify(ref), now.toISOString()],
  );
}

/** Back to pending for a later attempt; `inDoubt` only ever adds doubt (a failed check leaves it in doubt). */
export async function markOutboxRetry(q: Queryable, id: string, error: string, nextAttemptAt: Date, inDoubt = false): Promise<void> {
  await q.query(
    `UPDATE outbox SET status = 'pending', lease_until = NULL, last_error = $2, next_attempt_at = $3, in_doubt = (in_doubt OR $4) WHERE id = $1`,
    [id, error.slice(0, 500), nextAttemptAt.toISOString(), inDoubt],
  );
}

/** Refused for lack of access: waits for the access event, with a probe at `probeAt` as a backstop. */
export async function markOutboxWaiting(q: Queryable, id: string, error: string, probeAt: Date): Promise<void> {
  await q.query(`UPDATE outbox SET status = 'waiting', lease_until = NULL, last_error = $2, next_attempt_at = $3 WHERE id = $1`, [
    id,
    error.slice(0, 500),
    probeAt.toISOString(),
  ]);
}

/** Access appeared: the waiting messages in scope are due now. Returns how many. */
export async function resumeWaitingOutbox(
  q: Queryable,
  scope: { readonly channel: string; readonly schoolIds?: readonly string[] | undefined; readonly targetKey?: string | undefined },
  now: Date,
): Promise<number> {
  const rows = await q.query(
    `UPDATE outbox SET status = 'pending', next_attempt_at = $4
     WHERE status = 'waiting' AND channel = $1 AND ($2::text[] IS NULL OR school_id = ANY($2::text[])) AND ($3::text IS NULL OR target_key = $3)
     RETURNING id`,
    [scope.channel, scope.schoolIds ? [...scope.schoolIds] : null, scope.targetKey ?? null, now.toISOString()],
  );
  return rows.length;
}

/** The addresses of a handoff's first messages that have not been delivered (waiting, failed, still retrying). */
export async function undeliveredTargets(q: Queryable, subject: string): Promise<string[]> {
  const rows = await q.query<{ target_key: string }>(
    `SELECT DISTINCT target_key FROM outbox WHERE subject = $1 AND kind = 'handoff' AND status <> 'sent' AND target_key IS NOT NULL`,
    [subject],
  );
  return rows.map((r) => r.target_key);
}

export async function markOutboxFailed(q: Queryable, id: string, error: string): Promise<void> {
  await q.query(`UPDATE outbox SET status = 'failed', lease_until = NULL, last_error = $2 WHERE id = $1`, [id, error.slice(0, 500)]);
}

/** Sent messages about a subject, so an acknowledgement can update each of them. */
export async function sentRefsFor(q: Queryable, subject: string): Promise<Array<{ id: string; ref: SentRef; kind: OutboxKind }>> {
  const rows = await q.query<{ id: string; sent_ref: SentRef; kind: OutboxKind }>(
    `SELECT id, sent_ref, kind FROM outbox WHERE subject = $1 AND status = 'sent' AND kind <> 'update' AND sent_ref IS NOT NULL ORDER BY created_at`,
    [subject],
  );
  return rows.map((r) => ({ id: r.id, ref: r.sent_ref, kind: r.kind }));
}

export async function outboxCounts(q: Queryable): Promise<Record<string, number>> {
  const rows = await q.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM outbox GROUP BY status');
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
