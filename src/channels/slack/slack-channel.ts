import { App, SocketModeReceiver } from '@slack/bolt';
import type { Express } from 'express';
import { registerButtonListener } from './on-button.js';
import { registerCommandListener } from './on-command.js';
import { registerMemberJoinedListener } from './on-member-joined.js';
import { registerMessageListeners } from './on-message.js';
import type { SlackContext } from './slack-context.js';
import type { SlackChannelDeps } from './slack-deps.js';
import { boltLogger } from './slack-logger.js';
import { SlackHttpReceiver } from './slack-receiver.js';
import type { SlackSettings } from './slack-settings.js';
import { SlackTurns } from './slack-turns.js';
import { clientOptions } from './web-client.js';

export interface SlackInbound {
  /** Socket Mode: connects to Slack. HTTP mode: nothing (the routes are already mounted). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The inbound half of the Slack channel on Bolt: in HTTP mode its routes
 * (/slack/events, /slack/interactivity, /slack/commands) go on WatNu's own
 * Express server; in Socket Mode it connects out to Slack instead, for
 * schools without a public URL. Bot id and bot user id come from the
 * configuration, so Bolt never calls auth.test.
 */
export function mountSlackChannel(server: Express, settings: SlackSettings, deps: SlackChannelDeps): SlackInbound {
  const log = deps.log.child({ component: 'slack' });
  const logger = boltLogger(log);
  const options = clientOptions(settings, log);
  const receiver =
    settings.mode === 'socket'
      ? new SocketModeReceiver({ appToken: settings.appToken!, logger, installerOptions: { clientOptions: options } })
      : new SlackHttpReceiver({ signingSecret: settings.signingSecret!, log });
  const app = new App({
    receiver,
    token: settings.botToken,
    botId: settings.botId,
    botUserId: settings.botUserId,
    clientOptions: options,
    logger,
    convoStore: false,
    ignoreSelf: true,
  });
  app.error(async (error) => {
    log.error({ err: error.message, code: (error as { code?: string }).code }, 'slack listener failed');
  });
  const ctx: SlackContext = { deps: { ...deps, log }, settings, turns: new SlackTurns({ ...deps, log }, app.client), client: app.client };
  registerMessageListeners(app, ctx);
  registerCommandListener(app, ctx);
  registerButtonListener(app, ctx);
  registerMemberJoinedListener(app, ctx);
  if (receiver instanceof SlackHttpReceiver) server.use(receiver.router);

  return {
    async start() {
      if (settings.mode === 'socket') await app.start();
    },
    async stop() {
      if (settings.mode === 'socket') await app.stop();
    },
  };
}
