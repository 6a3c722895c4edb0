import { getHandoff } from '../../handoff/handoff-repository.js';
import type { SlackContext } from './slack-context.js';
import { slackIdentity } from './slack-identity.js';
import { slackSay } from './slack-texts.js';

export interface AckClick {
  readonly handoffId: string;
  readonly userId: string;
  readonly team: string | undefined;
  readonly displayName: string | undefined;
  readonly channelId: string;
  readonly threadTs?: string;
}

/**
 * "Ik pak dit op" in the IB or director channel. Only someone the
 * configuration places at the handoff's school can pick it up. The first
 * click wins: the outbox then updates every posted copy (chat.update here)
 * and tells the asker; a later click only hears who was first.
 */
export async function acknowledgeFromSlack(ctx: SlackContext, click: AckClick): Promise<void> {
  const { deps } = ctx;
  const say = slackSay(deps.t, deps.content.defaultLanguage);
  const privately = (text: string) =>
    ctx.client.chat.postEphemeral({ channel: click.channelId, user: click.userId, text, ...(click.threadTs ? { thread_ts: click.threadTs } : {}) });
  const record = await getHandoff(deps.db, click.handoffId);
  const identity = slackIdentity(deps.content, click.team, click.userId);
  if (!record || !identity || identity.schoolId !== record.schoolId) {
    deps.log.warn({ channel: 'slack', handoff: click.handoffId, known: Boolean(identity) }, 'slack handoff ack refused');
    await privately(say('ack.unknown'));
    return;
  }
  const name = identity.name ?? click.displayName;
  const result = await deps.handoffs.acknowledge(click.handoffId, { userId: click.userId, ...(name ? { name } : {}) }, deps.clock());
  deps.log.info({ channel: 'slack', handoff: click.handoffId, outcome: result.outcome }, 'slack handoff ack');
  if (result.outcome === 'already') await privately(say('ack.already', { who: result.record.ackedBy ?? '' }));
}
