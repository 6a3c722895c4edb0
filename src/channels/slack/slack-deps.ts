import type { TurnRunner } from '../../app/turn-runner.js';
import type { Content } from '../../content/types.js';
import type { HandoffService } from '../../handoff/handoff-service.js';
import type { Translate } from '../../i18n.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import type { OnAccess } from '../channel.js';

/** What the inbound half of the Slack channel uses from the rest of WatNu. */
export interface SlackChannelDeps {
  readonly runner: TurnRunner;
  readonly handoffs: HandoffService;
  readonly content: Content;
  readonly db: Db;
  readonly log: Logger;
  readonly clock: () => Date;
  readonly t: Translate;
  /** WatNu was invited to a channel: messages waiting for it are retried at once. */
  readonly onAccess?: OnAccess;
}
