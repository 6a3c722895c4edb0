import type { TurnContext } from 'botbuilder';
import type { ActivityFacts } from './activity-facts.js';
import { maxTextLength, messageEvent } from './inbound-event.js';
import type { TeamsServices } from './teams-services.js';
import { turnLog, turnNow } from './turn-data.js';
import { runTurn, sendNotice } from './turn-replies.js';

/** Personal chat, group chat, or a channel message that @mentions the bot (the mention is already stripped). */
export async function onMessage(s: TeamsServices, context: TurnContext): Promise<void> {
  const now = turnNow(context);
  const { facts, identity } = await s.identities.resolve(context);
  if (!identity.school) {
    await notLinked(s, context, facts, now);
    return;
  }
  const event = messageEvent(context.activity.text);
  if (event === 'too-long') {
    await sendNotice(s, context, facts, 'teams.text-too-long', { max: maxTextLength }, now);
    return;
  }
  const log = turnLog(context, s.log).child({ school: identity.school.id, kind: facts.kind });
  await runTurn(s, context, facts, { ...identity, school: identity.school }, event, now, log);
}

/** No school matches this tenant, team or user: say what the administrator has to configure. */
export async function notLinked(s: TeamsServices, context: TurnContext, facts: ActivityFacts, now: Date): Promise<void> {
  turnLog(context, s.log).warn({ tenant: facts.tenantId, team: facts.teamId }, 'Teams activity from no configured school');
  await sendNotice(s, context, facts, 'teams.school-unknown', { tenant: facts.tenantId ?? '-', team: facts.teamId ?? '-' }, now);
}
