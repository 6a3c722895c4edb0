import express, { type Express } from 'express';
import type { TurnRunner } from '../../app/turn-runner.js';
import type { Config } from '../../config.js';
import type { Content } from '../../content/types.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import type { Translate } from '../../i18n.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import type { DeliveryChannel, OnAccess } from '../channel.js';
import { createBotAdapter } from './bot-adapter.js';
import { messagesEndpoint } from './messages-endpoint.js';
import { createTeamsBot } from './teams-bot.js';
import { routeSdkConsole } from './sdk-console.js';
import { teamsCore } from './teams-core.js';
import { createTeamsDelivery } from './teams-delivery.js';
import { schoolTenantOfChannel } from './tenants.js';

export interface TeamsChannelDeps {
  readonly config: Config;
  readonly content: Content;
  readonly db: Db;
  readonly runner: TurnRunner;
  readonly handoffs: HandoffService;
  readonly t: Translate;
  readonly log: Logger;
  readonly clock: () => Date;
  readonly newId: () => string;
  /** Called when WatNu is installed somewhere: deliveries waiting for access resume. */
  readonly onAccess?: OnAccess;
}

export interface TeamsChannel {
  /** Outbound: handoffs, reminders, notices through the outbox. */
  readonly delivery: DeliveryChannel;
  /** Inbound: POST /api/messages. Mount before the web channel's /api router. */
  mount(app: Express): void;
}

export const teamsEndpoint = '/api/messages';

/** The Microsoft Teams channel: Bot Framework endpoint, cards, proactive delivery. */
export function createTeamsChannel(deps: TeamsChannelDeps): TeamsChannel {
  const { config, content, log } = deps;
  const teamsLog = log.child({ channel: 'teams' });
  routeSdkConsole(teamsLog);
  const adapter = createBotAdapter(config);
  const appId = config.MicrosoftAppId ?? '';
  const authenticated = Boolean(appId);
  const { services, conversations, records, replyCards, tenants } = teamsCore(deps, teamsLog, authenticated);
  const bot = createTeamsBot(adapter, services, appId);
  const delivery = createTeamsDelivery({
    adapter,
    appId,
    conversations,
    records,
    replyCards,
    clock: deps.clock,
    log: teamsLog,
    tenantFor: (conversationId) => schoolTenantOfChannel(content, conversationId),
  });

  const handle = messagesEndpoint({ adapter, bot, services, tenants, authenticated, devClock: config.WATNU_DEV_CLOCK, clock: deps.clock, log: teamsLog });

  return {
    delivery,
    mount(app: Express) {
      app.post(teamsEndpoint, express.json({ limit: '256kb', type: () => true }), handle);
    },
  };
}
