import type { Db, Queryable } from '../../store/db.js';
import { addressOf, type ChannelAddress, type DeliveryChannel, type OutboundMessage, type SentRef } from '../channel.js';
import { webAddressSchema } from './web-address.js';

export interface InboxMessage {
  readonly id: string;
  readonly channel: string;
  readonly kind: OutboundMessage['kind'];
  readonly text: string;
  readonly handoff?: OutboundMessage['handoff'];
  readonly choices?: OutboundMessage['reply']['choices'];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * The embedded channel's inboxes (`ib`, `directeur`, and `conv:<id>` for
 * notices to an asker) live in the database. The delivery key is unique, so a
 * repeated send returns the first message instead of posting twice.
 */
export function createWebInbox(db: Db, newId: () => string, now: () => Date): DeliveryChannel {
  return {
    id: 'web',
    async send(address: ChannelAddress, message: OutboundMessage, idempotencyKey: string): Promise<SentRef> {
      const to = addressOf(webAddressSchema, 'web', address);
      const at = now().toISOString();
      const rows = await db.query<{ id: string }>(
        `INSERT INTO inbox_messages (id, delivery_key, school_id, channel, payload, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (delivery_key) DO UPDATE SET delivery_key = EXCLUDED.delivery_key
         RETURNING id`,
        [newId(), idempotencyKey, to.schoolId, to.inbox, JSON.stringify(message), at],
      );
      return { channel: 'web', id: rows[0]!.id };
    },
    async update(ref: SentRef, message: OutboundMessage): Promise<void> {
      await db.query('UPDATE inbox_messages SET payload = $2, updated_at = $3 WHERE id = $1', [ref.id, JSON.stringify(message), now().toISOString()]);
    },
    async findDelivered(_to: ChannelAddress, idempotencyKey: string): Promise<SentRef | null> {
      const rows = await db.query<{ id: string }>('SELECT id FROM inbox_messages WHERE delivery_key = $1', [idempotencyKey]);
      return rows[0] ? { channel: 'web', id: rows[0].id } : null;
    },
  };
}

export interface InboxPage {
  /** Oldest first within the page. */
  readonly messages: InboxMessage[];
  /** Pass as `before` for the page of older messages; null when there are none. */
  readonly nextBefore: string | null;
}

export const inboxPageMax = 200;

/** A page cursor: the position of the oldest message of a page (time and id, so equal times stay ordered). */
export function inboxCursor(message: { createdAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([message.createdAt, message.id])).toString('base64url');
}

/** The position a cursor stands for; null when it is not one of ours. */
export function parseInboxCursor(cursor: string): { createdAt: string; id: string } | null {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

/**
 * The newest `limit` messages of an inbox (older than `before` when given),
 * oldest first, with the cursor of the next older page: reminders and
 * escalations cannot push a handoff out of reach.
 */
export async function readInbox(q: Queryable, schoolId: string, channel: string, limit = 100, before?: { createdAt: string; id: string }): Promise<InboxPage> {
  const rows = await q.query<{ id: string; channel: string; payload: OutboundMessage; created_at: Date | string; updated_at: Date | string }>(
    `SELECT id, channel, payload, created_at, updated_at FROM (
       SELECT * FROM inbox_messages WHERE school_id = $1 AND channel = $2
         AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::text))
       ORDER BY created_at DESC, id DESC LIMIT $3
     ) newest ORDER BY created_at ASC, id ASC`,
    [schoolId, channel, limit + 1, before?.createdAt ?? null, before?.id ?? ''],
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(1) : rows;
  const messages = page.map((r) => ({
    id: r.id,
    channel: r.channel,
    kind: r.payload.kind,
    text: r.payload.reply.text,
    ...(r.payload.handoff ? { handoff: r.payload.handoff } : {}),
    ...(r.payload.reply.choices ? { choices: r.payload.reply.choices } : {}),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
  return { messages, nextBefore: more && messages[0] ? inboxCursor(messages[0]) : null };
}
