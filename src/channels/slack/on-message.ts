import type { App } from '@slack/bolt';
import type { InboundEvent } from '../../engine/types.js';
import { conversationId, type SlackPlace } from './conversation-id.js';
import { inboundText, maxInboundText } from './inbound-text.js';
import type { SlackContext } from './slack-context.js';
import { slackIdentity } from './slack-identity.js';

/** The fields WatNu reads from a `message` (im) or `app_mention` event. */
interface UserMessage {
  readonly type: string;
  readonly subtype?: string;
  readonly channel_type?: string;
  readonly bot_id?: string;
  readonly user?: string;
  readonly team?: string;
  readonly user_team?: string;
  readonly text?: string;
  readonly channel: string;
  readonly ts: string;
  readonly thread_ts?: string;
}

/**
 * Direct messages to WatNu, and mentions of WatNu in a channel (answered in
 * the thread, one conversation per user there). Messages from bots, edits
 * and other subtypes are ignored.
 */
export function registerMessageListeners(app: App, ctx: SlackContext): void {
  app.event('message', async ({ event, body }) => {
    const message = event as unknown as UserMessage;
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !message.user) return;
    await handleText(ctx, { kind: 'dm', channelId: message.channel }, message, (body as { team_id?: string }).team_id);
  });

  app.event('app_mention', async ({ event, body }) => {
    const message = event as unknown as UserMessage;
    if (message.bot_id || !message.user || message.subtype !== undefined) return;
    const place: SlackPlace = message.channel.startsWith('D')
      ? { kind: 'dm', channelId: message.channel }
      : { kind: 'thread', channelId: message.channel, threadTs: message.thread_ts ?? message.ts, userId: message.user };
    await handleText(ctx, place, message, (body as { team_id?: string }).team_id);
  });
}

async function handleText(ctx: SlackContext, place: SlackPlace, message: UserMessage, bodyTeam: string | undefined): Promise<void> {
  const userId = message.user!;
  const team = message.user_team ?? message.team ?? bodyTeam;
  const identity = slackIdentity(ctx.deps.content, team, userId);
  ctx.deps.log.info({ channel: 'slack', kind: place.kind === 'dm' ? 'dm' : 'mention', known: Boolean(identity), school: identity?.schoolId }, 'slack message');
  if (!identity) {
    await ctx.turns.notice(place, 'unknown-school');
    return;
  }
  const text = inboundText(message.text, ctx.settings.botUserId);
  if (text.length > maxInboundText) {
    await ctx.turns.notice(place, 'too-long', { max: maxInboundText }, await ctx.turns.locale(conversationId(place)));
    return;
  }
  // A bare mention or an empty message asks "wat nu?": the menu.
  const event: InboundEvent = text.length === 0 ? { kind: 'choice', choiceId: 'cmd/menu' } : { kind: 'text', text };
  await ctx.turns.run({ place, userId, identity, event });
}
