import type { ChannelAddress, OutboundMessage } from '../channels/channel.js';
import type { Queryable } from '../store/db.js';
import { enqueueOutbox } from './outbox-repository.js';

export interface MessageAbout {
  readonly schoolId: string;
  /** The handoff (or reminder) the message is about. */
  readonly subject: string;
  /** Idempotency key: the same message is queued once, whichever instance queues it. */
  readonly key: string;
  readonly target: ChannelAddress;
  readonly payload: OutboundMessage;
}

/** Queues a reminder, escalation, failover or notice in the caller's transaction, due now. */
export async function enqueueMessage(tx: Queryable, newId: () => string, message: MessageAbout, now: Date): Promise<void> {
  await enqueueOutbox(
    tx,
    {
      id: newId(),
      idempotencyKey: message.key,
      schoolId: message.schoolId,
      kind: message.payload.kind,
      channel: message.target.channel,
      target: message.target,
      payload: message.payload,
      subject: message.subject,
      notBefore: now,
    },
    now,
  );
}
