import type { Express } from 'express';
import type { TurnRunner } from '../../app/turn-runner.js';
import type { Config } from '../../config.js';
import type { Content } from '../../content/types.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import type { Translate } from '../../i18n.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import type { DeliveryChannel, OnAccess } from '../channel.js';

/**
 * What both Teams adapters (botbuilder: teams-channel.ts, Teams SDK v2:
 * ../teams-sdk/teams-sdk-channel.ts) take and give. Kept apart from either
 * adapter, so loading one never loads the other's SDK.
 */
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
