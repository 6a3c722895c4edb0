import { WatnuError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { AfterResponse } from './after-response.js';
import { CardStore } from './card-store.js';
import { ConversationStore } from './conversation-store.js';
import { DeliveryRecords } from './delivery-records.js';
import { IdentityResolver } from './identity-resolver.js';
import { ReplyCards } from './reply-cards.js';
import type { TeamsChannelDeps } from './teams-channel-contract.js';
import type { TeamsServices } from './teams-services.js';
import { allowedTenants } from './tenants.js';

/** What both Teams adapters build the same way: stores, the services the handlers use, the tenants served. */
export interface TeamsCore {
  readonly services: TeamsServices;
  readonly conversations: ConversationStore;
  readonly records: DeliveryRecords;
  readonly replyCards: ReplyCards;
  readonly tenants: ReadonlySet<string>;
}

/**
 * Checks TEAMS_DEFAULT_SCHOOL, warns when authentication is off or no tenant
 * is configured, and builds the shared stores and handler services.
 * `authenticated`: the adapter will require a Bot Framework token.
 */
export function teamsCore(deps: TeamsChannelDeps, log: Logger, authenticated: boolean): TeamsCore {
  const { config, content, db } = deps;
  const defaultSchoolId = config.TEAMS_DEFAULT_SCHOOL;
  if (defaultSchoolId && !content.schools.has(defaultSchoolId)) {
    throw new WatnuError('CONFIG_INVALID', `TEAMS_DEFAULT_SCHOOL="${defaultSchoolId}" is not a folder in schools/`, ['TEAMS_DEFAULT_SCHOOL']);
  }
  if (!authenticated) log.warn('MicrosoftAppId is not set: Bot Framework authentication is off (allowed on loopback only)');
  const cards = new CardStore(db);
  const conversations = new ConversationStore(db);
  const replyCards = new ReplyCards(cards, deps.t, deps.newId, content.defaultLanguage);
  const services: TeamsServices = {
    runner: deps.runner,
    handoffs: deps.handoffs,
    content,
    db,
    t: deps.t,
    log,
    conversations,
    cards,
    replyCards,
    identities: new IdentityResolver(content, log, defaultSchoolId),
    afterResponse: new AfterResponse(log),
    ...(defaultSchoolId ? { defaultSchoolId } : {}),
    ...(deps.onAccess ? { onAccess: deps.onAccess } : {}),
  };
  const tenants = allowedTenants(config, content);
  if (authenticated && tenants.size === 0) log.warn('no Microsoft 365 tenant is configured (MicrosoftAppTenantId, school.yaml teams.tenantId): every tenant is served');
  return { services, conversations, records: new DeliveryRecords(db), replyCards, tenants };
}
