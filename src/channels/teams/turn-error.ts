import type { TurnContext } from 'botbuilder';
import { isWatnuError } from '../../errors.js';
import { activityFacts } from './activity-facts.js';
import type { TeamsServices } from './teams-services.js';
import { turnLog } from './turn-data.js';
import { sendNotice } from './turn-replies.js';

/** A turn that threw (teams-ai's `app.error`, the Teams SDK adapter's catch): logged, and the user told, in a message or a button press. */
export async function onTurnError(s: TeamsServices, context: TurnContext, error: unknown): Promise<void> {
  const limited = isWatnuError(error, 'RATE_LIMITED');
  if (limited) turnLog(context, s.log).warn('Teams user over the rate limit');
  else turnLog(context, s.log).error({ err: (error as Error).message, type: context.activity.type }, 'Teams turn failed');
  if (context.activity.type !== 'message' && context.activity.type !== 'invoke') return;
  try {
    await sendNotice(s, context, activityFacts(context.activity, s.content.locales), limited ? 'teams.rate-limited' : 'teams.error');
  } catch {
    /* the connector is unreachable too; the error is logged above */
  }
}
