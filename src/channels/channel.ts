import type { z } from 'zod';
import type { Locale } from '../content/types.js';
import type { ChannelId, Reply } from '../engine/types.js';

/**
 * Where a proactive message goes, opaque outside its channel: the channel id
 * (a registered plugin) and fields only that plugin reads, validated by its
 * zod address schema (an embedded inbox, a Teams conversation, a Slack channel, …).
 */
export interface ChannelAddress {
  readonly channel: ChannelId;
  readonly [field: string]: unknown;
}

/** A channel's own view of an address; a wrong or malformed one is a configuration error, never retried. */
export function addressOf<T extends ChannelAddress>(schema: z.ZodType<T>, channel: ChannelId, to: ChannelAddress): T {
  const parsed = to.channel === channel ? schema.safeParse(to) : undefined;
  if (!parsed?.success) {
    throw new DeliveryError(`the ${channel} channel cannot deliver to this ${to.channel} address`, { failure: 'broken-configuration', reason: 'wrong address' });
  }
  return parsed.data;
}

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
  /** The language the text was written in (the receiver's): channels write their own words (labels, hints) in it too. */
  readonly locale?: Locale;
  readonly handoff?: HandoffView;
}

/** What a channel returns for a sent message, so it can be updated later. */
export interface SentRef {
  readonly channel: ChannelId;
  readonly id: string;
  readonly [key: string]: unknown;
}

/**
 * How a platform answered a delivery that did not go through, in neutral
 * classes each channel maps its own answers to:
 * - `retryable`: 5xx, 429 (with Retry-After), timeouts, connection errors;
 * - `waiting-for-access`: the bot is not (yet) in the team or channel; retried
 *   when access appears, and probed now and then;
 * - `broken-configuration`: credentials revoked or invalid, or a message the
 *   platform will never accept; an operator has to act.
 */
export type DeliveryFailure = 'retryable' | 'waiting-for-access' | 'broken-configuration';

export interface DeliveryErrorOptions {
  readonly failure?: DeliveryFailure;
  /** Honour the platform's Retry-After. */
  readonly retryAfterMs?: number;
  /** The call failed in a way that may still have delivered the message (5xx, connection reset). */
  readonly mayHaveArrived?: boolean;
  /** A short stable code for logs and health: `not_in_channel`, `BotNotInConversationRoster`, `HTTP 401`. */
  readonly reason?: string;
}

export class DeliveryError extends Error {
  readonly failure: DeliveryFailure;
  readonly retryAfterMs: number | undefined;
  readonly mayHaveArrived: boolean;
  readonly reason: string;

  constructor(message: string, options: DeliveryErrorOptions = {}) {
    super(message);
    this.name = 'DeliveryError';
    this.failure = options.failure ?? 'retryable';
    this.retryAfterMs = options.retryAfterMs;
    this.mayHaveArrived = options.mayHaveArrived ?? false;
    this.reason = options.reason ?? 'error';
  }
}

/**
 * Access appeared (the bot was installed in a team, invited to a channel):
 * messages of that channel waiting for access are retried at once. Narrowed
 * by school and/or by one address; neither means every waiting message of
 * the channel.
 */
export interface AccessScope {
  readonly channel: ChannelId;
  readonly schoolIds?: readonly string[];
  readonly address?: ChannelAddress;
}

/** Never rejects; channels may await it (so the access event's answer comes after the resume) or not. */
export type OnAccess = (scope: AccessScope) => Promise<void>;

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
