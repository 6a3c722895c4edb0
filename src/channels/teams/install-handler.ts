import type { TurnContext } from 'botbuilder';
import { activityFacts } from './activity-facts.js';
import { cardLanguage } from './card-say.js';
import { installChange } from './conversation-capture.js';
import { resolveIdentity } from './identity.js';
import type { TeamsServices } from './teams-services.js';
import { turnLog, turnNow } from './turn-data.js';
import { sendReplies } from './turn-replies.js';

/**
 * The bot was added to a team, group chat or personal scope (the reference
 * is already stored): say what WatNu does, and, when no school matches yet,
 * which tenant and team id the administrator has to put in school.yaml.
 */
export async function onConversationUpdate(s: TeamsServices, context: TurnContext): Promise<void> {
  if (installChange(context) !== 'installed') return;
  const now = turnNow(context);
  const facts = activityFacts(context.activity, s.content.locales);
  const school = resolveIdentity(s.content, facts, null, s.defaultSchoolId).school;
  const { say } = cardLanguage(s.t, facts.locale ?? s.content.defaultLanguage);
  turnLog(context, s.log).info({ kind: facts.kind, school: school?.id ?? null, team: facts.teamId }, 'WatNu installed in a conversation');
  const lines = [say(`teams.welcome.${facts.kind}`)];
  if (!school) lines.push(say('teams.welcome.unlinked', { tenant: facts.tenantId ?? '-', team: facts.teamId ?? '-' }));
  // A button on a shared card could be pressed only once, so only the personal welcome has one.
  const choices = facts.kind === 'personal' && school ? [{ id: 'cmd/menu', label: say('teams.welcome.start'), style: 'primary' as const }] : [];
  await sendReplies(s, context, facts, [{ text: lines.join('\n'), choices }], now);
}
