import type { TurnContext } from 'botbuilder';
import { cardActivity } from './card-activity.js';
import type { AdaptiveCard } from './card-types.js';

/** An Action.Submit "Ik pak dit op": the card it came from is replaced (an invoke gets the card in its response instead). */
export async function replaceSubmittedCard(context: TurnContext, result: AdaptiveCard | string): Promise<void> {
  const id = context.activity.replyToId;
  if (typeof result === 'string' || !id) return;
  await context.updateActivity(cardActivity(result, id));
}
