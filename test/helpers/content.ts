import { findProjectRoot } from '../../src/config.js';
import { type CardTexts, cardTextsOf } from '../../src/contacts/card-texts.js';
import { defaultContentPaths, type LoadedContent, loadContent } from '../../src/content/load-content.js';
import type { Locale } from '../../src/content/types.js';
import { createTranslator, type Translate } from '../../src/i18n.js';

let cached: (LoadedContent & { t: Translate }) | null = null;

export const projectRoot = findProjectRoot();

/** The real dialogs, schools and locales, loaded once per test file. */
export function realContent(): LoadedContent & { t: Translate } {
  if (!cached) {
    const loaded = loadContent(defaultContentPaths(projectRoot));
    cached = { ...loaded, t: createTranslator(loaded.content.locales, loaded.content.defaultLanguage) };
  }
  return cached;
}

let cardTexts: ((locale: Locale) => CardTexts) | null = null;

/** Contact-card phrases in a language, from the real locale tables. */
export function cardTextsIn(locale: Locale): CardTexts {
  cardTexts ??= cardTextsOf(realContent().t);
  return cardTexts(locale);
}
