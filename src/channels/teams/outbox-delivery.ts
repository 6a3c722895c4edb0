import type { Logger } from '../../log.js';
import { addressOf, type ChannelAddress, type DeliveryChannel, DeliveryError, type OutboundMessage, type SentRef } from '../channel.js';
import type { AdaptiveCard } from './card-types.js';
import type { ConversationReference } from './conversation-store.js';
import { type ReferenceDeps, referenceFor, referenceOf } from './delivery-reference.js';
import type { DeliveryRecords } from './delivery-records.js';
import type { ReplyCards } from './reply-cards.js';
import { teamsAddressSchema } from './teams-address.js';

/**
 * How a Teams adapter reaches the Bot Connector for the outbox: post a new
 * card into a conversation (the new activity's id), replace a posted card.
 * Failures come out as DeliveryErrors (delivery-error.ts classifies them).
 */
export interface TeamsTransport {
  post(reference: ConversationReference, card: AdaptiveCard, signal?: AbortSignal): Promise<string | undefined>;
  update(reference: ConversationReference, activityId: string, card: AdaptiveCard): Promise<void>;
}

export interface OutboxDeliveryDeps extends ReferenceDeps {
  readonly transport: TeamsTransport;
  readonly records: DeliveryRecords;
  readonly replyCards: ReplyCards;
  readonly clock: () => Date;
  readonly log: Logger;
}

export interface TeamsSentRef extends SentRef {
  readonly channel: 'teams';
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly tenantId?: string;
}

/**
 * The outbound half of the Teams channel for the durable outbox: handoffs,
 * reminders, escalations and notices are posted proactively with a stored
 * conversation reference, and updated in place (PUT) after "Ik pak dit op".
 * The same for both adapters; only the transport differs.
 */
export function createOutboxDelivery(deps: OutboxDeliveryDeps): DeliveryChannel {
  return {
    id: 'teams',

    async send(address: ChannelAddress, message: OutboundMessage, idempotencyKey: string, signal?: AbortSignal): Promise<SentRef> {
      const to = addressOf(teamsAddressSchema, 'teams', address);
      const reference = await referenceFor(deps, to);
      // Until the bot is installed in the team, a handoff waits for the install (and is probed now and then).
      if (!reference) throw new DeliveryError(`no Teams conversation reference for ${to.conversationId} yet: install WatNu in that team`, { failure: 'waiting-for-access', reason: 'not installed' });
      const card = await deps.replyCards.forMessage(message, to.conversationId, deps.clock());
      if (signal?.aborted) throw new DeliveryError('the dispatcher gave up on this attempt before it was posted', { reason: 'aborted' });
      const id = await deps.transport.post(reference, card, signal);
      if (!id) throw new DeliveryError('the Teams connector returned no activity id', { mayHaveArrived: true, reason: 'no activity id' });
      const ref: TeamsSentRef = {
        channel: 'teams',
        id,
        conversationId: to.conversationId,
        serviceUrl: reference.serviceUrl,
        ...(reference.conversation.tenantId ? { tenantId: reference.conversation.tenantId } : {}),
      };
      await deps.records.record(idempotencyKey, ref, deps.clock());
      deps.log.debug({ kind: message.kind, conversation: to.conversationId }, 'posted to Teams');
      return ref;
    },

    async update(ref: SentRef, message: OutboundMessage): Promise<void> {
      const sent = ref as TeamsSentRef;
      const reference = referenceOf(sent.conversationId, sent.serviceUrl, sent.tenantId, deps.appId);
      await deps.transport.update(reference, sent.id, deps.replyCards.forUpdate(message));
    },

    async findDelivered(_to: ChannelAddress, idempotencyKey: string): Promise<SentRef | null> {
      return deps.records.find(idempotencyKey);
    },
  };
}
