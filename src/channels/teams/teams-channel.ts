import express, { type Express } from 'express';
import { createBotAdapter } from './bot-adapter.js';
import { messagesEndpoint } from './messages-endpoint.js';
import { createTeamsBot } from './teams-bot.js';
import { routeSdkConsole } from './sdk-console.js';
import { teamsCore } from './teams-core.js';
import { createTeamsDelivery } from './teams-delivery.js';
import { type TeamsChannel, type TeamsChannelDeps, teamsEndpoint } from './teams-channel-contract.js';
import { schoolTenantOfChannel } from './tenants.js';

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
    stop: () => services.afterResponse.settled(),
  };
}
