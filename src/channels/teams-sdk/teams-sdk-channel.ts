import type { App } from '@microsoft/teams.apps';
import express, { type Express } from 'express';
import { createOutboxDelivery } from '../teams/outbox-delivery.js';
import { type TeamsChannel, type TeamsChannelDeps, teamsEndpoint } from '../teams/teams-channel-contract.js';
import { schoolTenantOfChannel } from '../teams/tenants.js';
import { connectorClients } from './connector-clients.js';
import type { RouteCapture } from './route-capture.js';
import { createSdkApp } from './sdk-app.js';
import { sdkCredentials } from './sdk-credentials.js';
import { sdkEndpoint } from './sdk-endpoint.js';
import { useWatnuRoutes } from './sdk-routes.js';
import { sdkTransport } from './sdk-transport.js';
import { teamsCore } from '../teams/teams-core.js';

/**
 * The Microsoft Teams channel on Teams SDK v2 (@microsoft/teams.apps): the
 * same endpoint, cards, handlers, stores and outbox delivery as the
 * botbuilder channel (teams-channel.ts), with the SDK doing authentication,
 * activity parsing and Bot Connector calls. TEAMS_ADAPTER=teams-sdk picks it.
 */
export function createTeamsSdkChannel(deps: TeamsChannelDeps): TeamsChannel {
  const { config, content, log } = deps;
  const teamsLog = log.child({ channel: 'teams', adapter: 'teams-sdk' });
  const credentials = sdkCredentials(config);
  const authenticated = Boolean(credentials.appId);
  const { services, conversations, records, replyCards, tenants } = teamsCore(deps, teamsLog, authenticated);

  // The App is made on first use: with BOT_OPENID_METADATA_URL its keys URI has to be read first (openid-keys.ts).
  let pending: Promise<{ app: App; capture: RouteCapture }> | null = null;
  // Replies in a turn and the outbox's posts share one kept API client per Bot Connector URL.
  const clients = connectorClients(async () => (await ready()).app.api);
  const ready = () => {
    pending ??= (async () => {
      const made = await createSdkApp(config, credentials, teamsLog);
      useWatnuRoutes(made.app, services, tenants, clients, teamsLog);
      await made.app.initialize();
      return made;
    })().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };

  const delivery = createOutboxDelivery({
    transport: sdkTransport(clients),
    appId: credentials.appId,
    conversations,
    records,
    replyCards,
    clock: deps.clock,
    log: teamsLog,
    tenantFor: (conversationId) => schoolTenantOfChannel(content, conversationId),
  });
  const handle = sdkEndpoint({ ready: async () => (await ready()).capture, authenticated, tenants, devClock: config.WATNU_DEV_CLOCK, clock: deps.clock, log: teamsLog });

  return {
    delivery,
    mount(app: Express) {
      app.post(teamsEndpoint, express.json({ limit: '256kb', type: () => true }), handle);
    },
    stop: () => services.afterResponse.settled(),
  };
}
