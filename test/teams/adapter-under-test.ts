import type { DeliveryChannel } from '../../src/channels/channel.js';
import { createBotAdapter } from '../../src/channels/teams/bot-adapter.js';
import { createOutboxDelivery } from '../../src/channels/teams/outbox-delivery.js';
import { createTeamsDelivery, type TeamsDeliveryDeps } from '../../src/channels/teams/teams-delivery.js';
import { createSdkApp } from '../../src/channels/teams-sdk/sdk-app.js';
import { sdkCredentials } from '../../src/channels/teams-sdk/sdk-credentials.js';
import { connectorClients } from '../../src/channels/teams-sdk/connector-clients.js';
import { sdkTransport } from '../../src/channels/teams-sdk/sdk-transport.js';
import type { Config } from '../../src/config.js';
import { teamsAdapterUnderTest } from '../helpers/test-app.js';

/**
 * The Teams adapter this run of test/teams is for: the Teams SDK (default), or
 * botbuilder when vitest's botbuilder project sets TEAMS_ADAPTER=botbuilder
 * (vitest.config.ts). startTestApp picks it up by itself; these are for the
 * tests that build the channel's parts directly.
 */
export const teamsAdapter: 'botbuilder' | 'teams-sdk' = teamsAdapterUnderTest.TEAMS_ADAPTER === 'botbuilder' ? 'botbuilder' : 'teams-sdk';

/** The outbox delivery alone, on the adapter under test. */
export function deliveryUnderTest(config: Config, deps: Omit<TeamsDeliveryDeps, 'adapter'>): DeliveryChannel {
  if (teamsAdapter === 'botbuilder') return createTeamsDelivery({ ...deps, adapter: createBotAdapter(config) });
  const app = createSdkApp(config, sdkCredentials(config), deps.log);
  return createOutboxDelivery({ ...deps, transport: sdkTransport(connectorClients(async () => (await app).app.api)) });
}

/** The adapter's check of the Microsoft* settings (throws on half-configured credentials). */
export function checkCredentials(config: Config): void {
  if (teamsAdapter === 'botbuilder') createBotAdapter(config);
  else sdkCredentials(config);
}
