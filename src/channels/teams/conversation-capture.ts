import type { TurnContext } from 'botbuilder';
import type { ActivityFacts } from './activity-facts.js';
import { activityFacts } from './activity-facts.js';
import type { StoredConversation } from './conversation-store.js';
import { resolveIdentity } from './identity.js';
import type { TeamsServices } from './teams-services.js';

/** The reference to keep for a conversation, from any activity in it. */
export function storedConversation(facts: ActivityFacts, schoolId: string | null): StoredConversation {
  return {
    conversationId: facts.conversationId,
    kind: facts.kind,
    tenantId: facts.tenantId,
    teamId: facts.teamId,
    channelId: facts.channelId,
    schoolId,
    serviceUrl: facts.serviceUrl,
    reference: {
      channelId: 'msteams',
      serviceUrl: facts.serviceUrl,
      bot: { id: facts.botId, ...(facts.botName ? { name: facts.botName } : {}) },
      conversation: {
        id: facts.conversationId,
        ...(facts.tenantId ? { tenantId: facts.tenantId } : {}),
        conversationType: facts.kind,
        isGroup: facts.kind !== 'personal',
      },
    },
  };
}

/**
 * Every activity refreshes its conversation's reference (the Bot Connector
 * URL can change); an install marks it installed (and resumes deliveries
 * that waited for it), an uninstall removes it.
 */
export async function captureConversation(s: TeamsServices, context: TurnContext, now: Date): Promise<void> {
  const facts = activityFacts(context.activity, s.content.locales);
  if (!facts.conversationId || !facts.serviceUrl) return;
  const change = installChange(context);
  if (change === 'removed') {
    await s.conversations.forget(facts.conversationId, facts.kind === 'channel' ? facts.teamId : null);
    return;
  }
  const school = resolveIdentity(s.content, facts, null).school;
  await s.conversations.remember(storedConversation(facts, school?.id ?? null), change === 'installed' ? true : null, now);
  // Installed in a team (or chat): what waited for access to this school's channels goes out now.
  if (change === 'installed') await s.onAccess?.({ channel: 'teams', ...(school ? { schoolIds: [school.id] } : {}) });
}

/** Whether this activity installs or removes the bot in its conversation. */
export function installChange(context: TurnContext): 'installed' | 'removed' | null {
  const a = context.activity;
  const bot = a.recipient?.id;
  if (a.type === 'installationUpdate') return a.action === 'remove' ? 'removed' : a.action?.startsWith('add') ? 'installed' : null;
  if (a.type !== 'conversationUpdate' || !bot) return null;
  if (a.membersRemoved?.some((m) => m.id === bot)) return 'removed';
  if (a.membersAdded?.some((m) => m.id === bot)) return 'installed';
  return null;
}
