import type { Config } from '../../config.js';
import { WatnuError } from '../../errors.js';

/** Everything the Slack channel needs from the configuration, checked once. */
export interface SlackSettings {
  readonly mode: 'http' | 'socket';
  readonly botToken: string;
  readonly botId: string;
  readonly botUserId: string;
  /** HTTP mode: verifies every request. */
  readonly signingSecret?: string;
  /** Socket Mode: the app-level token (xapp-…). */
  readonly appToken?: string;
  /** Slack Web API base (tests point it at a fake on loopback). */
  readonly apiUrl?: string;
}

/**
 * Null when no SLACK_* variable is set (Slack is off). Otherwise every
 * variable the chosen mode needs must be there; the error names the missing
 * ones. The bot id and bot user id are configured so that no event ever
 * costs an auth.test call.
 */
export function slackSettings(config: Config): SlackSettings | null {
  const any = [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN, config.SLACK_BOT_ID, config.SLACK_BOT_USER_ID].some(Boolean);
  if (!any && !config.SLACK_SOCKET_MODE) return null;
  const mode = config.SLACK_SOCKET_MODE ? 'socket' : 'http';
  const required: Array<keyof Config> = ['SLACK_BOT_TOKEN', 'SLACK_BOT_ID', 'SLACK_BOT_USER_ID', mode === 'socket' ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'];
  const missing = required.filter((name) => !config[name]);
  if (missing.length > 0) {
    throw new WatnuError('CONFIG_INVALID', `Slack is partly configured: set ${missing.join(', ')} (${mode === 'socket' ? 'Socket Mode' : 'HTTP mode'}).`, missing);
  }
  return {
    mode,
    botToken: config.SLACK_BOT_TOKEN!,
    botId: config.SLACK_BOT_ID!,
    botUserId: config.SLACK_BOT_USER_ID!,
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL.endsWith('/') ? config.SLACK_API_URL : `${config.SLACK_API_URL}/` } : {}),
  };
}
