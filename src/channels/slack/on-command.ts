import type { App } from '@slack/bolt';
import type { InboundEvent } from '../../engine/types.js';
import { inboundText, maxInboundText } from './inbound-text.js';
import type { SlackContext } from './slack-context.js';
import { slackIdentity } from './slack-identity.js';
import { slackSay } from './slack-texts.js';

/**
 * `/watnu [vraag]`: the conversation continues in the user's direct message
 * with WatNu (what a teacher types about a pupil never lands in a shared
 * channel); in any other channel the command is answered with a private
 * pointer to that DM. Without a question it opens the "wat nu?" menu.
 */
export function registerCommandListener(app: App, ctx: SlackContext): void {
  app.command(/^\/.+/, async ({ command, ack }) => {
    const say = slackSay(ctx.deps.t, ctx.deps.content.defaultLanguage);
    const identity = slackIdentity(ctx.deps.content, command.team_id, command.user_id);
    ctx.deps.log.info({ channel: 'slack', kind: 'command', known: Boolean(identity), school: identity?.schoolId }, 'slack command');
    if (!identity) {
      await ack({ response_type: 'ephemeral', text: say('unknown-school') });
      return;
    }
    const text = inboundText(command.text, ctx.settings.botUserId);
    if (text.length > maxInboundText) {
      await ack({ response_type: 'ephemeral', text: say('too-long', { max: maxInboundText }) });
      return;
    }
    let dm: string | undefined;
    try {
      dm = (await ctx.client.conversations.open({ users: command.user_id })).channel?.id;
    } catch (error) {
      ctx.deps.log.error({ err: (error as Error).message }, 'slack conversations.open failed');
    }
    if (!dm) {
      await ack({ response_type: 'ephemeral', text: say('error') });
      return;
    }
    await ack(dm === command.channel_id ? undefined : { response_type: 'ephemeral', text: say('dm-pointer') });
    // `/watnu <vraag>` asks a question: never an answer to an open form (initials W.N.B.P.).
    const event: InboundEvent = text.length === 0 ? { kind: 'choice', choiceId: 'cmd/menu' } : { kind: 'text', text, question: true };
    await ctx.turns.run({ place: { kind: 'dm', channelId: dm }, userId: command.user_id, identity, displayName: command.user_name, event });
  });
}
