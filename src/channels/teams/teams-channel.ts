import express, { type Express } from 'express';
import type { TurnRunner } from '../../app/turn-runner.js';
import type { Config } from '../../config.js';
import type { Content } from '../../content/types.js';
import { WatnuError } from '../../errors.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import type { Translate } from '../../i18n.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import type { DeliveryChannel, OnAccess } from '../channel.js';
import { createBotAdapter } from './bot-adapter.js';
import { CardStore } from './card-store.js';
import { ConversationStore } from './conversation-store.js';
import { DeliveryRecords } from './delivery-records.js';
import { IdentityResolver } from './identity-resolver.js';
import { messagesEndpoint } from './messages-endpoint.js';
import { ReplyCards } from './reply-cards.js';
import { createTeamsBot } from './teams-bot.js';
import { routeSdkConsole } from './sdk-console.js';
import { createTeamsDelivery } from './teams-delivery.js';
import type { TeamsServices } from './teams-services.js';
import { allowedTenants, schoolTenantOfChannel } from './tenants.js';

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
  /** Retention: sent cards and delivery records older than `before`. */
  purge(before: Date): Promise<number>;
  /** "verwijder mijn gegevens": cards answered by this Teams user lose their name. */
  forgetUser(userName: string): Promise<number>;
}

export const teamsEndpoint = '/api/messages';

/** The Microsoft Teams channel: Bot Framework endpoint, cards, proactive delivery. */
export function createTeamsChannel(deps: TeamsChannelDeps): TeamsChannel {
  const { config, content, db, log } = deps;
  const defaultSchoolId = config.TEAMS_DEFAULT_SCHOOL;
  if (defaultSchoolId && !content.schools.has(defaultSchoolId)) {
    throw new WatnuError('CONFIG_INVALID', `TEAMS_DEFAULT_SCHOOL="${defaultSchoolId}" is not a folder in schools/`, ['TEAMS_DEFAULT_SCHOOL']);
  }
  const teamsLog = log.child({ channel: 'teams' });
  routeSdkConsole(teamsLog);
  const adapter = createBotAdapter(config);
  const appId = config.MicrosoftAppId ?? '';
  const authenticated = Boolean(appId);
  if (!authenticated) teamsLog.warn('MicrosoftAppId is not set: Bot Framework authentication is off (allowed on loopback only)');
  const cards = new CardStore(db);
  const records = new DeliveryRecords(db);
  const conversations = new ConversationStore(db);
  const replyCards = new ReplyCards(cards, deps.t, deps.newId, content.defaultLanguage);
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
  const bot = createTeamsBot(adapter, services, appId);
  const tenants = allowedTenants(config, content);
  if (authenticated && tenants.size === 0) teamsLog.warn('no Microsoft 365 tenant is configured (MicrosoftAppTenantId, school.yaml teams.tenantId): every tenant is served');
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
    purge: async (before) => (await cards.purge(before)) + (await records.purge(before)),
    forgetUser: async (userName) => (await db.query(`UPDATE teams_cards SET answered_by = NULL WHERE answered_by = $1 RETURNING id`, [userName])).length,
    mount(app: Express) {
      app.post(teamsEndpoint, express.json({ limit: '256kb', type: () => true }), handle);
    },
  };
}
