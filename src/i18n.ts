import i18next, { type i18n } from 'i18next';
import type { Locale, LocaleTable } from './content/types.js';

export type Translate = (locale: Locale, key: string, vars?: Record<string, unknown>) => string;

/**
 * i18next over the flat locale tables (keys contain dots, so no key
 * separator). Values are plain text: channels escape for their own markup.
 */
/** `fallback`: the language a key missing in another language is taken from (npm run check reports every missing key). */
export function createTranslator(locales: Readonly<Record<Locale, LocaleTable>>, fallback: Locale | false = false): Translate {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    initAsync: false,
    showSupportNotice: false,
    ...(fallback ? { lng: fallback } : {}),
    fallbackLng: fallback,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(Object.entries(locales).map(([lng, table]) => [lng, { translation: table }])),
  });
  const fixed = new Map<Locale, ReturnType<i18n['getFixedT']>>();
  return (locale, key, vars = {}) => {
    let t = fixed.get(locale);
    if (!t) {
      t = instance.getFixedT(locale);
      fixed.set(locale, t);
    }
    return t(key, vars) as string;
  };
}
