import type { Queryable } from '../../store/db.js';
import type { SentRef } from '../channel.js';

/**
 * What the Teams channel posted per outbox key. The Bot Connector cannot be
 * asked "did this arrive?", so the answer is written right after the post:
 * a send that timed out, or a crash before the outbox recorded it, is then
 * found instead of posted twice.
 */
export class DeliveryRecords {
  constructor(private readonly db: Queryable) {}

  async record(idempotencyKey: string, ref: SentRef, now: Date): Promise<void> {
    await this.db.query('INSERT INTO teams_deliveries (idempotency_key, sent_ref, created_at) VALUES ($1, $2, $3) ON CONFLICT (idempotency_key) DO NOTHING', [
      idempotencyKey,
      JSON.stringify(ref),
      now.toISOString(),
    ]);
  }

  async find(idempotencyKey: string): Promise<SentRef | null> {
    const rows = await this.db.query<{ sent_ref: SentRef }>('SELECT sent_ref FROM teams_deliveries WHERE idempotency_key = $1', [idempotencyKey]);
    return rows[0]?.sent_ref ?? null;
  }

  async purge(before: Date): Promise<number> {
    const rows = await this.db.query('DELETE FROM teams_deliveries WHERE created_at < $1 RETURNING idempotency_key', [before.toISOString()]);
    return rows.length;
  }
}
