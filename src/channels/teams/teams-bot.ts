import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { onAck } from './ack-handler.js';
import { activityFacts } from './activity-facts.js';
import { ackVerb, choiceVerb, parseActionData } from './card-data.js';
import { cardLanguage } from './card-say.js';
import { onChoice } from './choice-handler.js';
import { onConversationUpdate } from './install-handler.js';
import { onMessage } from './message-handler.js';
import { replaceSubmittedCard } from './submitted-card.js';
import type { TeamsServices } from './teams-services.js';
import { onTurnError } from './turn-error.js';

/**
 * The teams-ai Application: routes for card buttons (Action.Execute invokes,
 * and Action.Submit messages from older clients), installs, and messages.
 * Everything WatNu-specific happens in the handlers; this file is the only
 * one that knows teams-ai's routing API.
 */
export function createTeamsBot(adapter: TeamsAdapter, s: TeamsServices, botAppId: string): Application {
  const app = new Application({
    adapter,
    botAppId,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
    adaptiveCards: { actionSubmitFilter: 'watnu' },
  });

  const invalid = (context: TurnContext) => cardLanguage(s.t, activityFacts(context.activity, s.content.locales).locale ?? s.content.defaultLanguage).say('teams.card.invalid');

  app.adaptiveCards.actionExecute(choiceVerb, async (context, _state, data) => {
    const parsed = parseActionData(data);
    return parsed?.kind === 'choice' ? onChoice(s, context, parsed) : invalid(context);
  });
  app.adaptiveCards.actionExecute(ackVerb, async (context, _state, data) => {
    const parsed = parseActionData(data);
    return parsed?.kind === 'ack' ? onAck(s, context, parsed) : invalid(context);
  });

  // Action.Submit copies of the same buttons arrive as messages with a value (onChoice updates its card itself).
  app.adaptiveCards.actionSubmit(['choice', 'ack'], async (context, _state, data) => {
    const parsed = parseActionData(data);
    if (parsed?.kind === 'choice') await onChoice(s, context, parsed);
    if (parsed?.kind === 'ack') await replaceSubmittedCard(context, await onAck(s, context, parsed));
  });

  app.conversationUpdate('membersAdded', (context) => onConversationUpdate(s, context));
  app.activity('message', (context) => onMessage(s, context));

  app.error((context, error) => onTurnError(s, context, error));
  return app;
}
