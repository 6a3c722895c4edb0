import type { App } from '@slack/bolt';
import type { SlackContext } from './slack-context.js';

/**
 * WatNu itself joined a channel (someone ran `/invite @WatNu` in the IB or
 * directeur channel): handoffs that were refused there with not_in_channel
 * are retried now instead of at the next probe.
 */
export function registerMemberJoinedListener(app: App, ctx: SlackContext): void {
  app.event('member_joined_channel', async ({ event }) => {
    const joined = event as unknown as { user?: string; channel?: string };
    if (!joined.channel || joined.user !== ctx.settings.botUserId) return;
    ctx.deps.log.info({ channel: 'slack', slackChannel: joined.channel }, 'WatNu was added to a Slack channel');
    await ctx.deps.onAccess?.({ channel: 'slack', address: { channel: 'slack', channelId: joined.channel } });
  });
}
