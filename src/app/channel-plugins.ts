import type { AnyChannelPlugin } from '../channels/plugin.js';
import { slackPlugin } from '../channels/slack/slack-plugin.js';
import { teamsPlugin } from '../channels/teams/teams-plugin.js';
import type { WebAuth } from '../channels/web/auth/web-auth.js';
import { webPlugin } from '../channels/web/web-plugin.js';

/**
 * The channels of this build, one line each. Definitions only: a channel's
 * SDK is imported when its plugin is enabled (ChannelPlugin.load). The web
 * chat comes last: its /api router and static pages are mounted after every
 * other channel's routes.
 */
export function builtinChannels(web: { readonly auth?: () => WebAuth | undefined }, extra: ReadonlyArray<AnyChannelPlugin> = []): AnyChannelPlugin[] {
  return [teamsPlugin, slackPlugin, ...extra, webPlugin(web)];
}
