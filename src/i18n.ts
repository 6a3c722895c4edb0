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
  // Most texts are plain: no {{variables}}, no $t() nesting, no plural forms. Those are a table
  // lookup (i18next's t() was ~8% of a turn's own CPU); everything else goes through i18next.
  const plain = plainTexts(locales, fallback);
  return (locale, key, vars = {}) => {
    if (!('count' in vars) && !('context' in vars)) {
      const text = plain.get(locale)?.get(key);
      if (text !== undefined) return text;
    }
    let t = fixed.get(locale);
    if (!t) {
      t = instance.getFixedT(locale);
      fixed.set(locale, t);
    }
    return t(key, vars) as string;
  };
}

/** Per language, the keys whose text i18next would return unchanged (its own or the fallback language's). */
function plainTexts(locales: Readonly<Record<Locale, LocaleTable>>, fallback: Locale | false): Map<Locale, Map<string, string>> {
  const isPlain = (key: string, text: string | undefined): text is string =>
    typeof text === 'string' && !text.includes('{{') && !text.includes('$t(') && !/_(zero|one|two|few|many|other)$/.test(key);
  const hasPluralForms = (table: LocaleTable, key: string) => Object.hasOwn(table, `${key}_one`) || Object.hasOwn(table, `${key}_other`);
  const byLocale = new Map<Locale, Map<string, string>>();
  const fallbackTable = fallback ? locales[fallback] : undefined;
  for (const [locale, table] of Object.entries(locales)) {
    const texts = new Map<string, string>();
    for (const key of new Set([...Object.keys(fallbackTable ?? {}), ...Object.keys(table)])) {
      const own = Object.hasOwn(table, key) ? table[key] : undefined;
      const text = own ?? fallbackTable?.[key];
      if (isPlain(key, text) && !hasPluralForms(table, key)) texts.set(key, text);
    }
    byLocale.set(locale, texts);
  }
  return byLocale;
}
