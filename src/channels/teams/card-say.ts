import type { Locale } from '../../content/types.js';
import type { Translate } from '../../i18n.js';

/** Texts for one card in one language: `teams.*` keys from locales/<lang>/teams.json. */
export type Say = (key: string, vars?: Record<string, unknown>) => string;

export interface CardLanguage {
  readonly locale: Locale;
  readonly say: Say;
}

export function cardLanguage(t: Translate, locale: Locale): CardLanguage {
  return { locale, say: (key, vars = {}) => t(locale, key, { var: vars }) };
}
