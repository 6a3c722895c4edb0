import type { webApi } from '@slack/bolt';
import type { SlackChannelDeps } from './slack-deps.js';
import type { SlackSettings } from './slack-settings.js';
import type { SlackTurns } from './slack-turns.js';

/** What every listener works with. */
export interface SlackContext {
  readonly deps: SlackChannelDeps;
  readonly settings: SlackSettings;
  readonly turns: SlackTurns;
  /** The bot's Web API client (answers in conversations). */
  readonly client: webApi.WebClient;
}
