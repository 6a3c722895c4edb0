import { type Activity, type CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../../log.js';
import { addressOf, type ChannelAddress, type DeliveryChannel, DeliveryError, type OutboundMessage, type SentRef } from '../channel.js';
import { type TeamsAddress, teamsAddressSchema } from './teams-address.js';
import { cardActivity } from './card-activity.js';
import { kindOfConversation } from './conversation-id.js';
import type { ConversationReference, ConversationStore } from './conversation-store.js';
import type { DeliveryRecords } from './delivery-records.js';
import { toDeliveryError } from './delivery-error.js';
import type { ReplyCards } from './reply-cards.js';

export interface TeamsDeliveryDeps {
  readonly adapter: CloudAdapter;
  /** MicrosoftAppId ('' when authentication is off on loopback). */
  readonly appId: string;
  readonly conversations: ConversationStore;
  readonly records: DeliveryRecords;
  readonly replyCards: ReplyCards;
  readonly clock: () => Date;
  readonly log: Logger;
  /** The tenant of a configured IB or director channel (from school.yaml), when the address does not carry it. */
  readonly tenantFor?: (conversationId: string) => string | undefined;
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
 */
export function createTeamsDelivery(deps: TeamsDeliveryDeps): DeliveryChannel {
  const run = async <T>(reference: ConversationReference, work: (context: TurnContext) => Promise<T>): Promise<T> => {
    // adapter.onTurnError would swallow failures inside the callback: carry them out.
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } = { ok: false, error: new Error('no turn ran') };
    const { bot, ...rest } = reference;
    const botReference = { ...rest, ...(bot ? { bot: { name: '', ...bot } } : {}), conversation: { name: '', ...reference.conversation } };
    await deps.adapter.continueConversationAsync(deps.appId, botReference, async (context) => {
      try {
        outcome = { ok: true, value: await work(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    const final = outcome as { ok: true; value: T } | { ok: false; error: unknown };
    if (!final.ok) throw toDeliveryError(final.error);
    return final.value;
  };

  return {
    id: 'teams',

    async send(address: ChannelAddress, message: OutboundMessage, idempotencyKey: string, signal?: AbortSignal): Promise<SentRef> {
      const to = addressOf(teamsAddressSchema, 'teams', address);
      const reference = await referenceFor(deps, to);
      // Until the bot is installed in the team, a handoff waits for the install (and is probed now and then).
      if (!reference) throw new DeliveryError(`no Teams conversation reference for ${to.conversationId} yet: install WatNu in that team`, { failure: 'waiting-for-access', reason: 'not installed' });
      const card = await deps.replyCards.forMessage(message, to.conversationId, deps.clock());
      if (signal?.aborted) throw new DeliveryError('the dispatcher gave up on this attempt before it was posted', { reason: 'aborted' });
      const id = await run(reference, (context) => postNew(context, to.conversationId, cardActivity(card), signal));
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
      const card = deps.replyCards.forUpdate(message);
      await run(reference, async (context) => {
        await context.updateActivity(cardActivity(card, sent.id));
      });
    },

    async findDelivered(_to: ChannelAddress, idempotencyKey: string): Promise<SentRef | null> {
      return deps.records.find(idempotencyKey);
    },
  };
}

/** The dispatcher's subset of botbuilder's ConnectorClient, called directly so its abort signal reaches the HTTP call. */
interface Connector {
  readonly conversations: {
    sendToConversation(conversationId: string, activity: Partial<Activity>, options?: { abortSignal?: AbortSignal }): Promise<{ id?: string }>;
  };
}

/**
 * A new message in the conversation (POST …/activities): not a reply to
 * botbuilder's synthetic continuation event, and aborted with the attempt.
 */
async function postNew(context: TurnContext, conversationId: string, activity: Partial<Activity>, signal?: AbortSignal): Promise<string | undefined> {
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as Connector;
  const full = TurnContext.applyConversationReference({ ...activity }, TurnContext.getConversationReference(context.activity));
  delete full.replyToId;
  const response = await connector.conversations.sendToConversation(conversationId, full, signal ? { abortSignal: signal } : {});
  return response.id;
}

/** A stored reference for the conversation (or its team), else one built from the tenant's Bot Connector URL. */
async function referenceFor(deps: TeamsDeliveryDeps, to: TeamsAddress): Promise<ConversationReference | null> {
  const stored = await deps.conversations.find(to.conversationId);
  const tenantId = to.tenantId ?? stored?.tenantId ?? deps.tenantFor?.(to.conversationId);
  if (stored) {
    const base = referenceOf(to.conversationId, to.serviceUrl ?? stored.serviceUrl, tenantId, deps.appId);
    return { ...base, ...(stored.reference.bot ? { bot: stored.reference.bot } : {}) };
  }
  const serviceUrl = to.serviceUrl ?? (await deps.conversations.latestOfTenant(tenantId ?? null))?.serviceUrl;
  return serviceUrl ? referenceOf(to.conversationId, serviceUrl, tenantId, deps.appId) : null;
}

function referenceOf(conversationId: string, serviceUrl: string, tenantId: string | undefined, appId: string): ConversationReference {
  const kind = kindOfConversation(undefined, conversationId);
  return {
    channelId: 'msteams',
    serviceUrl,
    ...(appId ? { bot: { id: `28:${appId}` } } : {}),
    conversation: { id: conversationId, ...(tenantId ? { tenantId } : {}), conversationType: kind, isGroup: kind !== 'personal' },
  };
}
