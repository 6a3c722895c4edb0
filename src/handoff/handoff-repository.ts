import type { HandoffRequest } from '../engine/types.js';
import type { Queryable } from '../store/db.js';

/** Whether the handoff reached its Teams/Slack channel (or the embedded inbox, when the school has no other). */
export type HandoffDelivery = 'pending' | 'waiting' | 'delivered' | 'failed-over';

export interface HandoffRecord extends HandoffRequest {
  readonly status: 'open' | 'acknowledged';
  readonly delivery: HandoffDelivery;
  readonly ackedBy: string | null;
  readonly ackedAt: string | null;
  readonly level: number;
  readonly nextEscalationAt: string | null;
}

interface Row {
  data: HandoffRequest;
  status: 'open' | 'acknowledged';
  delivery: HandoffDelivery;
  acked_by: string | null;
  acked_at: Date | string | null;
  level: number;
  next_escalation_at: Date | string | null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

function toRecord(row: Row): HandoffRecord {
  return {
    ...row.data,
    status: row.status,
    delivery: row.delivery,
    ackedBy: row.acked_by,
    ackedAt: iso(row.acked_at),
    level: Number(row.level),
    nextEscalationAt: iso(row.next_escalation_at),
  };
}

const columns = 'data, status, delivery, acked_by, acked_at, level::int AS level, next_escalation_at';

export async function insertHandoff(q: Queryable, handoff: HandoffRequest, nextEscalationAt: Date | null, deliverBy: Date): Promise<void> {
  await q.query(
    `INSERT INTO handoffs (id, school_id, target, urgency, status, asker_id, asker_conv, data, created_at, level, next_escalation_at, delivery, deliver_by)
     VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8, 0, $9, 'pending', $10) ON CONFLICT (id) DO NOTHING`,
    [
      handoff.id,
      handoff.schoolId,
      handoff.to,
      handoff.urgency,
      handoff.asker.userId,
      `${handoff.asker.conv.channel}:${handoff.asker.conv.id}`,
      JSON.stringify(handoff),
      handoff.createdAt,
      nextEscalationAt?.toISOString() ?? null,
      deliverBy.toISOString(),
    ],
  );
}

export async function getHandoff(q: Queryable, id: string): Promise<HandoffRecord | null> {
  const rows = await q.query<Row>(`SELECT ${columns} FROM handoffs WHERE id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Marks a handoff acknowledged; null when it was already acknowledged (first one wins). */
export async function acknowledgeHandoff(q: Queryable, id: string, by: string, at: Date): Promise<HandoffRecord | null> {
  const rows = await q.query<Row>(
    `UPDATE handoffs SET status = 'acknowledged', acked_by = $2, acked_at = $3, next_escalation_at = NULL
     WHERE id = $1 AND status = 'open' RETURNING ${columns}`,
    [id, by, at.toISOString()],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function handoffsOfAsker(q: Queryable, schoolId: string, askerId: string, limit = 10): Promise<HandoffRecord[]> {
  const rows = await q.query<Row>(
    `SELECT ${columns} FROM handoffs WHERE school_id = $1 AND asker_id = $2 ORDER BY created_at DESC LIMIT $3`,
    [schoolId, askerId, limit],
  );
  return rows.map(toRecord);
}

/** Open handoffs whose next escalation moment has come. */
export async function dueEscalations(q: Queryable, now: Date, limit = 50): Promise<HandoffRecord[]> {
  const rows = await q.query<Row>(
    `SELECT ${columns} FROM handoffs WHERE status = 'open' AND next_escalation_at <= $1 ORDER BY next_escalation_at LIMIT $2`,
    [now.toISOString(), limit],
  );
  return rows.map(toRecord);
}

/** Moves a handoff to the next escalation level, only if nobody did so (or acknowledged it) meanwhile. */
export async function advanceEscalation(q: Queryable, id: string, fromLevel: number, next: Date | null): Promise<boolean> {
  const rows = await q.query(
    `UPDATE handoffs SET level = level + 1, next_escalation_at = $3 WHERE id = $1 AND level = $2 AND status = 'open' RETURNING id`,
    [id, fromLevel, next?.toISOString() ?? null],
  );
  return rows.length > 0;
}

/**
 * A handoff message was delivered on `channel`. It counts when it reached a
 * Teams or Slack channel, or the embedded inbox of a school that has no other.
 */
export async function markHandoffDelivered(q: Queryable, id: string, channel: string, at: Date): Promise<boolean> {
  const rows = await q.query(
    `UPDATE handoffs SET delivery = 'delivered', delivered_at = $3
     WHERE id = $1 AND delivery <> 'delivered'
       AND ($2 <> 'web' OR NOT EXISTS (SELECT 1 FROM outbox WHERE subject = $1 AND kind = 'handoff' AND channel <> 'web'))
     RETURNING id`,
    [id, channel, at.toISOString()],
  );
  return rows.length > 0;
}

/** The channel refused for lack of access: the handoff waits (until delivered or failed over). */
export async function markHandoffWaiting(q: Queryable, id: string): Promise<void> {
  await q.query(`UPDATE handoffs SET delivery = 'waiting' WHERE id = $1 AND delivery = 'pending'`, [id]);
}

/** Open handoffs that have not reached their channel within their window. */
export async function dueFailovers(q: Queryable, now: Date, limit = 50): Promise<HandoffRecord[]> {
  const rows = await q.query<Row>(
    `SELECT ${columns} FROM handoffs WHERE delivery IN ('pending', 'waiting') AND status = 'open' AND deliver_by <= $1 ORDER BY deliver_by LIMIT $2`,
    [now.toISOString(), limit],
  );
  return rows.map(toRecord);
}

/**
 * Claims the failover of a handoff (once, whichever instance comes first).
 * The failover alerts a level of the chain now, so the escalation ladder
 * continues after it (`level`) instead of alerting that role again.
 */
export async function claimFailover(q: Queryable, id: string, level: number, nextEscalationAt: Date | null): Promise<HandoffRecord | null> {
  const rows = await q.query<Row>(
    `UPDATE handoffs SET delivery = 'failed-over', level = GREATEST(level, $2),
       next_escalation_at = CASE WHEN level < $2 THEN $3::timestamptz ELSE next_escalation_at END
     WHERE id = $1 AND delivery IN ('pending', 'waiting') AND status = 'open'
     RETURNING ${columns}`,
    [id, level, nextEscalationAt?.toISOString() ?? null],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}
