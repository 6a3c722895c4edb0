import type { ChannelId, Reply } from '../engine/types.js';

/** Where a proactive message goes: an embedded inbox, a Teams conversation, a Slack channel. */
export type ChannelAddress =
  | { readonly channel: 'web'; readonly schoolId: string; readonly inbox: string }
  | { readonly channel: 'teams'; readonly conversationId: string; readonly serviceUrl?: string; readonly tenantId?: string }
  | { readonly channel: 'slack'; readonly channelId: string; readonly threadTs?: string };

/** A handoff as channels render it (card, blocks, HTML): ids and labels only, no narrative. */
export interface HandoffView {
  readonly id: string;
  readonly schoolId: string;
  readonly title: string;
  readonly urgency: 'acuut' | 'hoog' | 'normaal';
  readonly urgencyLabel: string;
  readonly fields: ReadonlyArray<{ readonly label: string; readonly value: string }>;
  readonly status: 'open' | 'acknowledged';
  readonly statusText: string;
  /** Label of the "Ik pak dit op" button; absent once acknowledged. */
  readonly ackLabel?: string;
  readonly level: number;
}

export interface OutboundMessage {
  readonly kind: 'handoff' | 'reminder' | 'escalation' | 'notice';
  readonly reply: Reply;
  readonly handoff?: HandoffView;
}

/** What a channel returns for a sent message, so it can be updated later. */
export interface SentRef {
  readonly channel: ChannelId;
  readonly id: string;
  readonly [key: string]: unknown;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    /** Honour the platform's Retry-After. */
    readonly retryAfterMs?: number,
    /** A retry cannot help (unknown channel, revoked token). */
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** The outbound half of a channel adapter, used by the outbox dispatcher. */
export interface DeliveryChannel {
  readonly id: ChannelId;
  /** `signal` aborts when the dispatcher gives up on this attempt (timeout); channels should pass it to their HTTP call. */
  send(to: ChannelAddress, message: OutboundMessage, idempotencyKey: string, signal?: AbortSignal): Promise<SentRef>;
  update?(ref: SentRef, message: OutboundMessage): Promise<void>;
  /**
   * After a crash between sending and recording, the dispatcher asks before
   * sending again. Null means "not delivered"; channels that cannot tell do not
   * implement this, and the dispatcher then re-sends with the same key.
   */
  findDelivered?(to: ChannelAddress, idempotencyKey: string): Promise<SentRef | null>;
}
