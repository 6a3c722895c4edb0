import type { TurnContext } from 'botbuilder';
import type { InboundEvent, Reply } from '../../engine/types.js';
import type { Logger } from '../../log.js';
import type { ActivityFacts } from './activity-facts.js';
import { cardActivity } from './card-activity.js';
import { cardLanguage } from './card-say.js';
import type { TeamsIdentity } from './identity.js';
import type { TeamsServices } from './teams-services.js';

/** Runs one engine turn for a Teams conversation and posts its replies as cards. */
export async function runTurn(
  s: TeamsServices,
  context: TurnContext,
  facts: ActivityFacts,
  identity: TeamsIdentity & { school: NonNullable<TeamsIdentity['school']> },
  event: InboundEvent,
  now: Date,
  log: Logger,
): Promise<void> {
  const outcome = await s.runner.run(
    {
      conv: { channel: 'teams', id: facts.conversationId },
      user: { id: identity.userId, ...(identity.name ? { name: identity.name } : {}), ...(identity.role ? { role: identity.role } : {}) },
      schoolId: identity.school.id,
      ...(facts.locale ? { locale: facts.locale } : {}),
      event,
    },
    now,
    log,
  );
  await sendReplies(s, context, facts, outcome.replies, now);
}

export async function sendReplies(s: TeamsServices, context: TurnContext, facts: ActivityFacts, replies: readonly Reply[], now: Date): Promise<void> {
  const locale = facts.locale ?? s.content.defaultLanguage;
  const activities = [];
  for (const reply of replies) activities.push(cardActivity(await s.replyCards.forReply(reply, facts.conversationId, locale, now)));
  if (activities.length > 0) await context.sendActivities(activities);
}

/** A short message of the Teams channel itself (not the engine's), from locales/<lang>/teams.json. */
export async function sendNotice(
  s: TeamsServices,
  context: TurnContext,
  facts: ActivityFacts,
  key: string,
  vars: Record<string, unknown> = {},
  now = new Date(),
): Promise<void> {
  const { say } = cardLanguage(s.t, facts.locale ?? s.content.defaultLanguage);
  await sendReplies(s, context, facts, [{ text: say(key, vars), tone: 'warning' }], now);
}
