import type { Locale } from '../../content/types.js';
import type { Translate } from '../../i18n.js';

/** The Slack channel's own strings (locales/<lang>/slack.json), for one language. */
export type SlackSay = (key: string, vars?: Record<string, unknown>) => string;

export function slackSay(t: Translate, locale: Locale): SlackSay {
  return (key, vars = {}) => t(locale, `slack.${key}`, { var: vars });
}
