import { type Activity, type CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../../log.js';
import type { DeliveryChannel } from '../channel.js';
import { cardActivity } from './card-activity.js';
import type { ConversationReference, ConversationStore } from './conversation-store.js';
import type { DeliveryRecords } from './delivery-records.js';
import { toDeliveryError } from './delivery-error.js';
import { createOutboxDelivery, type TeamsTransport } from './outbox-delivery.js';
import type { ReplyCards } from './reply-cards.js';

export type { TeamsSentRef } from './outbox-delivery.js';

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

/** The outbox's Teams delivery on botbuilder: proactive turns through CloudAdapter.continueConversationAsync. */
export function createTeamsDelivery(deps: TeamsDeliveryDeps): DeliveryChannel {
  return createOutboxDelivery({ ...deps, transport: botbuilderTransport(deps.adapter, deps.appId) });
}

function botbuilderTransport(adapter: CloudAdapter, appId: string): TeamsTransport {
  const run = async <T>(reference: ConversationReference, work: (context: TurnContext) => Promise<T>): Promise<T> => {
    // adapter.onTurnError would swallow failures inside the callback: carry them out.
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } = { ok: false, error: new Error('no turn ran') };
    const { bot, ...rest } = reference;
    const botReference = { ...rest, ...(bot ? { bot: { name: '', ...bot } } : {}), conversation: { name: '', ...reference.conversation } };
    await adapter.continueConversationAsync(appId, botReference, async (context) => {
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
    post: (reference, card, signal) => run(reference, (context) => postNew(context, reference.conversation.id, cardActivity(card), signal)),
    update: (reference, activityId, card) =>
      run(reference, async (context) => {
        await context.updateActivity(cardActivity(card, activityId));
      }),
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
