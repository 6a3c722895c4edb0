import type { Express } from 'express';
import type { Config } from '../../config.js';
import type { DeliveryChannel } from '../channel.js';
import { mountSlackChannel, type SlackInbound } from './slack-channel.js';
import type { SlackChannelDeps } from './slack-deps.js';
import { createSlackDelivery } from './slack-delivery.js';
import { slackSettings } from './slack-settings.js';

/** The Slack channel as create-app wires it: outbound delivery, inbound routes, Socket Mode start/stop. */
export interface SlackChannel {
  readonly delivery: DeliveryChannel;
  mount(server: Express): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Null when no SLACK_* variable is set; throws CONFIG_INVALID naming what is missing when partly set. */
export function createSlackChannel(config: Config, deps: SlackChannelDeps): SlackChannel | null {
  const settings = slackSettings(config);
  if (!settings) return null;
  const delivery = createSlackDelivery(settings, deps.t, deps.log.child({ component: 'slack-delivery' }), deps.content.defaultLanguage);
  let inbound: SlackInbound | null = null;
  return {
    delivery,
    mount(server) {
      inbound = mountSlackChannel(server, settings, deps);
    },
    async start() {
      await inbound?.start();
    },
    async stop() {
      await inbound?.stop();
    },
  };
}
