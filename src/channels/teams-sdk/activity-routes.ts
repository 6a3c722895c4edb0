import type { TurnContext } from 'botbuilder';
import { onAck } from '../teams/ack-handler.js';
import { activityFacts } from '../teams/activity-facts.js';
import { ackVerb, choiceVerb, parseActionData } from '../teams/card-data.js';
import { cardLanguage } from '../teams/card-say.js';
import { onChoice } from '../teams/choice-handler.js';
import { onConversationUpdate } from '../teams/install-handler.js';
import { onMessage } from '../teams/message-handler.js';
import { replaceSubmittedCard } from '../teams/submitted-card.js';
import type { TeamsServices } from '../teams/teams-services.js';
import { actionInvokeResponse } from './invoke-response.js';

interface ExecuteAction {
  readonly type?: string;
  readonly verb?: string;
  readonly data?: unknown;
}

/**
 * The routes teams-ai's Application had (teams-bot.ts), on one activity:
 * Action.Execute invokes by verb, Action.Submit copies of the same buttons
 * (messages with `value.watnu` and no text), installs, and messages. Returns
 * the HTTP answer for invokes; nothing for the rest (200).
 */
export async function routeActivity(s: TeamsServices, context: TurnContext): Promise<{ status: number; body?: unknown } | undefined> {
  const a = context.activity;
  if (a.type === 'invoke') {
    const action = (a.value as { action?: ExecuteAction } | undefined)?.action;
    if (a.name !== 'adaptiveCard/action' || action?.type !== 'Action.Execute' || (action.verb !== choiceVerb && action.verb !== ackVerb)) return { status: 501 };
    const parsed = parseActionData(action.data ?? {});
    const invalid = () => cardLanguage(s.t, activityFacts(a, s.content.locales).locale ?? s.content.defaultLanguage).say('teams.card.invalid');
    if (action.verb === choiceVerb) return actionInvokeResponse(parsed?.kind === 'choice' ? await onChoice(s, context, parsed) : invalid());
    return actionInvokeResponse(parsed?.kind === 'ack' ? await onAck(s, context, parsed) : invalid());
  }
  if (a.type === 'message') {
    const submitted = !a.text && typeof a.value === 'object' && a.value !== null ? (a.value as { watnu?: unknown }).watnu : undefined;
    if (submitted === 'choice' || submitted === 'ack') {
      const parsed = parseActionData(a.value);
      if (parsed?.kind === 'choice') await onChoice(s, context, parsed);
      if (parsed?.kind === 'ack') await replaceSubmittedCard(context, await onAck(s, context, parsed));
      return undefined;
    }
    await onMessage(s, context);
    return undefined;
  }
  if (a.type === 'conversationUpdate' && (a.membersAdded?.length ?? 0) > 0) await onConversationUpdate(s, context);
  return undefined;
}
