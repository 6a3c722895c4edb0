import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ackChoicePrefix } from '../../handoff/handoff-view.js';
import { actionPattern, decodeChoiceValue } from './choice-action.js';
import { conversationId, type SlackPlace } from './conversation-id.js';
import { acknowledgeFromSlack } from './handoff-ack.js';
import { RecentIds } from './recent-ids.js';
import type { SlackContext } from './slack-context.js';
import { slackIdentity } from './slack-identity.js';
import { slackSay } from './slack-texts.js';
import { chosenLabel, spendButtons } from './spent-buttons.js';

/**
 * A WatNu button was pressed. "Ik pak dit op" acknowledges a handoff; any
 * other button is a choice: the message is updated first so its buttons are
 * gone (they cannot be pressed twice), then the choice runs as a turn. In a
 * channel thread only the user whose conversation it is may press.
 */
export function registerButtonListener(app: App, ctx: SlackContext): void {
  // A message is spent once: a second (stale or double) click must not rewrite what was chosen.
  const spent = new RecentIds(5000);
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: actionPattern }, async ({ ack, body, action }) => {
    await ack();
    const choice = decodeChoiceValue(action.value);
    const channelId = body.channel?.id ?? (body.container['channel_id'] as string | undefined);
    if (!choice || !channelId) return;
    const userId = body.user.id;
    const team = body.user.team_id ?? body.team?.id;
    const message = body.message;
    const threadTs = message?.thread_ts as string | undefined;

    if (choice.choiceId.startsWith(ackChoicePrefix)) {
      await acknowledgeFromSlack(ctx, {
        handoffId: choice.choiceId.slice(ackChoicePrefix.length),
        userId,
        team,
        displayName: body.user.name ?? body.user.username,
        channelId,
        ...(threadTs ? { threadTs } : {}),
      });
      return;
    }

    const place: SlackPlace | null = channelId.startsWith('D')
      ? { kind: 'dm', channelId }
      : message
        ? { kind: 'thread', channelId, threadTs: threadTs ?? message.ts, userId: choice.owner ?? userId }
        : null;
    if (!place) return;
    const identity = slackIdentity(ctx.deps.content, team, userId);
    ctx.deps.log.info({ channel: 'slack', kind: 'button', known: Boolean(identity), school: identity?.schoolId }, 'slack button');
    const locale = await ctx.turns.locale(conversationId(place));
    const say = slackSay(ctx.deps.t, locale);
    const privately = (key: string) =>
      ctx.client.chat.postEphemeral({ channel: channelId, user: userId, text: say(key), ...(place.kind === 'thread' ? { thread_ts: place.threadTs } : {}) });
    if (!identity) {
      await privately('unknown-school');
      return;
    }
    if (place.kind === 'thread' && place.userId !== userId) {
      await privately('not-your-buttons');
      return;
    }
    if (message?.ts && Array.isArray(message.blocks) && spent.add(`${channelId}/${message.ts}`)) {
      const label = chosenLabel(message.blocks, action.block_id, action.text.text);
      await ctx.client.chat
        .update({ channel: channelId, ts: message.ts, text: message.text ?? '', blocks: spendButtons(message.blocks, action.block_id, say('chosen', { label })) })
        .catch((error: unknown) => ctx.deps.log.warn({ err: (error as Error).message }, 'slack could not spend the buttons of a message'));
    }
    await ctx.turns.run({ place, userId, identity, displayName: body.user.name ?? body.user.username, event: { kind: 'choice', choiceId: choice.choiceId } });
  });
}
