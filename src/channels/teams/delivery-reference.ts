import type { TeamsAddress } from './teams-address.js';
import { kindOfConversation } from './conversation-id.js';
import type { ConversationReference, ConversationStore } from './conversation-store.js';

/** What finding a delivery's conversation reference needs (shared by the botbuilder and Teams SDK deliveries). */
export interface ReferenceDeps {
  /** MicrosoftAppId ('' when authentication is off on loopback). */
  readonly appId: string;
  readonly conversations: ConversationStore;
  /** The tenant of a configured IB or director channel (from school.yaml), when the address does not carry it. */
  readonly tenantFor?: (conversationId: string) => string | undefined;
}

/** A stored reference for the conversation (or its team), else one built from the tenant's Bot Connector URL. */
export async function referenceFor(deps: ReferenceDeps, to: TeamsAddress): Promise<ConversationReference | null> {
  const stored = await deps.conversations.find(to.conversationId);
  const tenantId = to.tenantId ?? stored?.tenantId ?? deps.tenantFor?.(to.conversationId);
  if (stored) {
    const base = referenceOf(to.conversationId, to.serviceUrl ?? stored.serviceUrl, tenantId, deps.appId);
    return { ...base, ...(stored.reference.bot ? { bot: stored.reference.bot } : {}) };
  }
  const serviceUrl = to.serviceUrl ?? (await deps.conversations.latestOfTenant(tenantId ?? null))?.serviceUrl;
  return serviceUrl ? referenceOf(to.conversationId, serviceUrl, tenantId, deps.appId) : null;
}

export function referenceOf(conversationId: string, serviceUrl: string, tenantId: string | undefined, appId: string): ConversationReference {
  const kind = kindOfConversation(undefined, conversationId);
  return {
    channelId: 'msteams',
    serviceUrl,
    ...(appId ? { bot: { id: `28:${appId}` } } : {}),
    conversation: { id: conversationId, ...(tenantId ? { tenantId } : {}), conversationType: kind, isGroup: kind !== 'personal' },
  };
}
