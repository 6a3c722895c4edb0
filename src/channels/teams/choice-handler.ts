import type { TurnContext } from 'botbuilder';
import type { Locale } from '../../content/types.js';
import type { Reply } from '../../engine/types.js';
import { cardActivity } from './card-activity.js';
import type { CardActionData } from './card-data.js';
import { cardLanguage } from './card-say.js';
import type { AdaptiveCard } from './card-types.js';
import { notLinked } from './message-handler.js';
import type { TeamsServices } from './teams-services.js';
import { turnLog, turnNow } from './turn-data.js';
import { runTurn, sendNotice } from './turn-replies.js';

/**
 * A button on a choice card. The card is claimed first (once, atomically):
 * a second click on the same card (a double click, an old card, another
 * member of the channel) is refused with a notice and never reaches the
 * engine; so is a card this conversation never got. After the turn the card
 * shows the answer instead of its buttons: at once for the clicker (the invoke
 * response), and for everyone by an update of the activity that runs after
 * the HTTP answer (after-response.ts), once the next step has been posted.
 * Returns that card, or a short text for the invoke response.
 */
export async function onChoice(s: TeamsServices, context: TurnContext, data: Extract<CardActionData, { kind: 'choice' }>): Promise<AdaptiveCard | string> {
  const now = turnNow(context);
  const { facts, identity } = await s.identities.resolve(context);
  const { say } = cardLanguage(s.t, facts.locale ?? s.content.defaultLanguage);
  if (!identity.school) {
    await notLinked(s, context, facts, now);
    return say('teams.school-unknown-short');
  }
  const school = identity.school;
  const log = turnLog(context, s.log).child({ school: school.id, kind: facts.kind, card: data.card });
  const who = identity.name ?? identity.userId;
  const claim = await s.cards.claim(data.card, facts.conversationId, data.choice, who, now);

  if (claim.outcome === 'unknown') {
    log.warn('click on a card this conversation never got (or one purged by retention) refused');
    await sendNotice(s, context, facts, 'teams.card.invalid', {}, now);
    return say('teams.card.invalid');
  }
  if (claim.outcome === 'answered') {
    log.info('click on an answered card refused');
    await sendNotice(s, context, facts, 'teams.card.already-answered', {}, now);
    return answeredCard(s, claim.card.reply, claim.card.locale, claim.card.answeredChoice, claim.card.answeredBy, facts.kind !== 'personal');
  }
  if (!claim.card.reply.choices?.some((c) => c.id === data.choice)) {
    await s.cards.release(data.card);
    log.warn('click with a choice that is not on its card refused');
    await sendNotice(s, context, facts, 'teams.card.not-on-card', {}, now);
    return say('teams.card.not-on-card');
  }

  try {
    await runTurn(s, context, facts, { ...identity, school }, { kind: 'choice', choiceId: data.choice }, now, log);
  } catch (error) {
    await s.cards.release(data.card);
    throw error;
  }

  const updated = answeredCard(s, claim.card.reply, claim.card.locale, data.choice, who, facts.kind !== 'personal');
  const cardActivityId = context.activity.replyToId;
  if (cardActivityId) {
    s.afterResponse.run('could not update the answered card for everyone', () => context.updateActivity(cardActivity(updated, cardActivityId)), log);
  }
  return updated;
}

function answeredCard(
  s: TeamsServices,
  reply: Reply,
  locale: Locale,
  choiceId: string | null,
  who: string | null,
  showWho: boolean,
): AdaptiveCard {
  const label = reply.choices?.find((c) => c.id === choiceId)?.label ?? choiceId ?? '';
  return s.replyCards.answered(reply, locale, label, showWho && who ? who : undefined);
}
