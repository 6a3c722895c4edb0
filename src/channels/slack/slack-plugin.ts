import { z } from 'zod';
import { defineChannel } from '../plugin.js';
import { type SlackAddress, slackAddressSchema } from './slack-address.js';
import { slackSettings } from './slack-settings.js';

/**
 * Slack. On when any SLACK_* variable is set (CONFIG_INVALID names what is
 * missing when partly set); Bolt is imported only then.
 */
export const slackPlugin = defineChannel<undefined>({
  id: 'slack',
  enabled: (_settings, config) => slackSettings(config) !== null,
  address: slackAddressSchema,
  target: z.strictObject({ channelId: z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'a Slack channel id such as C0123ABC') }),
  targetAddress: (_schoolId, target) => ({ channel: 'slack', channelId: String(target.channelId) }),
  conversationAddress: (_schoolId, conversationId) => ({ channel: 'slack', channelId: conversationId }),
  addressKey: (address) => `slack:${(address as SlackAddress).channelId}`,
  async load(_settings, config) {
    const { createSlackChannel } = await import('./slack-setup.js');
    return (ctx) => {
      const slack = createSlackChannel(config, { content: ctx.content, db: ctx.db, runner: ctx.runner, handoffs: ctx.handoffs, t: ctx.t, log: ctx.log, clock: ctx.clock, onAccess: ctx.onAccess });
      if (!slack) return {};
      return { delivery: slack.delivery, mount: (app) => slack.mount(app), start: () => slack.start(), stop: () => slack.stop() };
    };
  },
});
