import type { TurnRunner } from '../../app/turn-runner.js';
import type { Content } from '../../content/types.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import type { Translate } from '../../i18n.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import type { OnAccess } from '../channel.js';
import type { AfterResponse } from './after-response.js';
import type { CardStore } from './card-store.js';
import type { ConversationStore } from './conversation-store.js';
import type { IdentityResolver } from './identity-resolver.js';
import type { ReplyCards } from './reply-cards.js';

/** Everything the bot's routes use; built once in teams-channel.ts. */
export interface TeamsServices {
  readonly runner: TurnRunner;
  readonly handoffs: HandoffService;
  readonly content: Content;
  readonly db: Db;
  readonly t: Translate;
  readonly log: Logger;
  readonly conversations: ConversationStore;
  readonly cards: CardStore;
  readonly replyCards: ReplyCards;
  readonly identities: IdentityResolver;
  /** Work left running after a turn's HTTP answer (the answered card's update for everyone); the channel's stop waits for it. */
  readonly afterResponse: AfterResponse;
  /** TEAMS_DEFAULT_SCHOOL: the school of activities that match no configured tenant, team or user. */
  readonly defaultSchoolId?: string;
  /** WatNu was installed in a team or chat: messages waiting for access are retried at once. */
  readonly onAccess?: OnAccess;
}
