import type { App } from '@microsoft/teams.apps';
import express, { type Express } from 'express';
import { WatnuError } from '../../errors.js';
import { CardStore } from '../teams/card-store.js';
import { ConversationStore } from '../teams/conversation-store.js';
import { DeliveryRecords } from '../teams/delivery-records.js';
import { IdentityResolver } from '../teams/identity-resolver.js';
import { createOutboxDelivery } from '../teams/outbox-delivery.js';
import { ReplyCards } from '../teams/reply-cards.js';
import { type TeamsChannel, type TeamsChannelDeps, teamsEndpoint } from '../teams/teams-channel.js';
import type { TeamsServices } from '../teams/teams-services.js';
import { allowedTenants, schoolTenantOfChannel } from '../teams/tenants.js';
import type { RouteCapture } from './route-capture.js';
import { createSdkApp } from './sdk-app.js';
import { sdkCredentials } from './sdk-credentials.js';
import { sdkEndpoint } from './sdk-endpoint.js';
import { useWatnuRoutes } from './sdk-routes.js';
import { sdkTransport } from './sdk-transport.js';

/**
 * The Microsoft Teams channel on Teams SDK v2 (@microsoft/teams.apps): the
 * same endpoint, cards, handlers, stores and outbox delivery as the
 * botbuilder channel (teams-channel.ts), with the SDK doing authentication,
 * activity parsing and Bot Connector calls. TEAMS_ADAPTER=teams-sdk picks it.
 */
export function createTeamsSdkChannel(deps: TeamsChannelDeps): TeamsChannel {
  const { config, content, db, log } = deps;
  const defaultSchoolId = config.TEAMS_DEFAULT_SCHOOL;
  if (defaultSchoolId && !content.schools.has(defaultSchoolId)) {
    throw new WatnuError('CONFIG_INVALID', `TEAMS_DEFAULT_SCHOOL="${defaultSchoolId}" is not a folder in schools/`, ['TEAMS_DEFAULT_SCHOOL']);
  }
  const teamsLog = log.child({ channel: 'teams', adapter: 'teams-sdk' });
  const credentials = sdkCredentials(config);
  const authenticated = Boolean(credentials.appId);
  if (!authenticated) teamsLog.warn('MicrosoftAppId is not set: Bot Framework authentication is off (allowed on loopback only)');
  const cards = new CardStore(db);
  const records = new DeliveryRecords(db);
  const conversations = new ConversationStore(db);
  const replyCards = new ReplyCards(cards, deps.t, deps.newId, deps.content.defaultLanguage);
  const services: TeamsServices = {
    runner: deps.runner,
    handoffs: deps.handoffs,
    content,
    db,
    t: deps.t,
    log: teamsLog,
    conversations,
    cards,
    replyCards,
    identities: new IdentityResolver(content, teamsLog, defaultSchoolId),
    ...(defaultSchoolId ? { defaultSchoolId } : {}),
    ...(deps.onAccess ? { onAccess: deps.onAccess } : {}),
  };
  const tenants = allowedTenants(config, content);
  if (authenticated && tenants.size === 0) teamsLog.warn('no Microsoft 365 tenant is configured (MicrosoftAppTenantId, school.yaml teams.tenantId): every tenant is served');

  // The App is made on first use: with BOT_OPENID_METADATA_URL its keys URI has to be read first (openid-keys.ts).
  let pending: Promise<{ app: App; capture: RouteCapture }> | null = null;
  const ready = () => {
    pending ??= (async () => {
      const made = await createSdkApp(config, credentials, teamsLog);
      useWatnuRoutes(made.app, services, tenants, teamsLog);
      await made.app.initialize();
      return made;
    })().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };

  const delivery = createOutboxDelivery({
    transport: sdkTransport(async () => (await ready()).app.api),
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
    purge: async (before) => (await cards.purge(before)) + (await records.purge(before)),
    forgetUser: async (userName) => (await db.query(`UPDATE teams_cards SET answered_by = NULL WHERE answered_by = $1 RETURNING id`, [userName])).length,
    mount(app: Express) {
      app.post(teamsEndpoint, express.json({ limit: '256kb', type: () => true }), handle);
    },
  };
}
