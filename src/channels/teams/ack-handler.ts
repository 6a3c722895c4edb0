import type { TurnContext } from 'botbuilder';
import { getHandoff } from '../../handoff/handoff-repository.js';
import type { CardActionData } from './card-data.js';
import { cardLanguage } from './card-say.js';
import type { AdaptiveCard } from './card-types.js';
import { handoffCard } from './handoff-card.js';
import type { TeamsServices } from './teams-services.js';
import { turnLog, turnNow } from './turn-data.js';

/**
 * "Ik pak dit op" on a handoff card. The first acknowledgement wins; the
 * handoff service queues an update of every posted copy (web, Teams, Slack)
 * and a notice to the asker. The clicker gets the updated card at once.
 */
export async function onAck(s: TeamsServices, context: TurnContext, data: Extract<CardActionData, { kind: 'ack' }>): Promise<AdaptiveCard | string> {
  const now = turnNow(context);
  const { facts, identity } = await s.identities.resolve(context);
  const { say } = cardLanguage(s.t, facts.locale ?? s.content.defaultLanguage);
  const log = turnLog(context, s.log).child({ handoff: data.handoff, kind: facts.kind });
  const record = await getHandoff(s.db, data.handoff);
  if (!record || !identity.school || record.schoolId !== identity.school.id) {
    log.warn({ school: identity.school?.id ?? null }, 'acknowledgement of an unknown handoff or one of another school refused');
    return say('teams.ack.unknown');
  }
  const result = await s.handoffs.acknowledge(data.handoff, { userId: identity.userId, ...(identity.name ? { name: identity.name } : {}) }, now);
  if (result.outcome === 'unknown') return say('teams.ack.unknown');
  log.info({ outcome: result.outcome }, 'handoff acknowledgement');
  const message = s.handoffs.message(result.record, 'handoff');
  return handoffCard(message, message.handoff!);
}
