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
  // Most texts are plain (no $t() nesting, no plural forms) with at most {{name}} placeholders. Those
  // are a table lookup and a join (i18next's t() was ~8%, then ~2.5% of a turn's CPU); everything else
  // goes through i18next.
  const plain = plainTexts(locales, fallback);
  return (locale, key, vars = {}) => {
    if (!('count' in vars) && !('context' in vars)) {
      const text = plain.get(locale)?.get(key);
      if (typeof text === 'string') return text;
      if (text !== undefined) {
        const filled = fill(text, vars);
        if (filled !== undefined) return filled;
      }
    }
    let t = fixed.get(locale);
    if (!t) {
      t = instance.getFixedT(locale);
      fixed.set(locale, t);
    }
    return t(key, vars) as string;
  };
}

/**
 * A text with only `{{name}}` or `{{name.path}}` placeholders, split at them: literal parts at even
 * indexes, the variable's path (its names) at odd ones.
 */
type Template = readonly (string | readonly string[])[];

const variablePath = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Options i18next reads from the same object as the variables: with any of them, i18next answers. */
const i18nextOptions = ['replace', 'lng', 'lngs', 'ns', 'defaultValue', 'postProcess', 'interpolation', 'skipInterpolation', 'returnObjects', 'returnDetails', 'joinArrays', 'ordinal', 'keyPrefix', 'fallbackLng', 'nsSeparator', 'keySeparator'];

function template(text: string): Template | undefined {
  if (text.includes('$t(') || text.includes('{{-')) return undefined;
  const parts: (string | readonly string[])[] = text.split(/\{\{(.+?)\}\}/);
  for (let i = 1; i < parts.length; i += 2) {
    const name = (parts[i] as string).trim();
    if (!variablePath.test(name)) return undefined;
    parts[i] = name.split('.');
  }
  return parts;
}

/**
 * i18next's interpolation for the simple case: every variable, by name or by a
 * dotted path through own properties of objects (how WatNu passes `var`,
 * `school`, `role`, `contact`), a non-empty string (without `{{`) or a
 * non-zero number. Anything else (a missing variable, an object, an empty
 * value, an i18next option among the variables) is undefined: i18next answers.
 */
function fill(parts: Template, vars: Record<string, unknown>): string | undefined {
  for (const option of i18nextOptions) if (option in vars) return undefined;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const value = valueAt(vars, parts[i] as readonly string[]);
    // i18next looks a falsy value up once more (as a flat key): it answers those.
    if (!value) return undefined;
    if (typeof value === 'number') out += String(value);
    else if (typeof value === 'string' && !value.includes('{{')) out += value;
    else return undefined;
    out += parts[i + 1] as string;
  }
  return out;
}

/** The value at a dotted path, through own properties of objects only (as i18next looks it up), or undefined. */
function valueAt(vars: Record<string, unknown>, path: readonly string[]): unknown {
  let at: unknown = vars;
  for (const name of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, name)) return undefined;
    at = (at as Record<string, unknown>)[name];
  }
  return at;
}

/**
 * Per language, the keys whose text i18next would return unchanged (its own or the fallback language's),
 * and, split at their placeholders, those whose only i18next feature is `{{name}}`.
 */
function plainTexts(locales: Readonly<Record<Locale, LocaleTable>>, fallback: Locale | false): Map<Locale, Map<string, string | Template>> {
  const isText = (key: string, text: string | undefined): text is string => typeof text === 'string' && !/_(zero|one|two|few|many|other)$/.test(key);
  const isPlain = (text: string) => !text.includes('{{') && !text.includes('$t(');
  const hasPluralForms = (table: LocaleTable, key: string) => Object.hasOwn(table, `${key}_one`) || Object.hasOwn(table, `${key}_other`);
  const byLocale = new Map<Locale, Map<string, string | Template>>();
  const fallbackTable = fallback ? locales[fallback] : undefined;
  for (const [locale, table] of Object.entries(locales)) {
    const texts = new Map<string, string | Template>();
    for (const key of new Set([...Object.keys(fallbackTable ?? {}), ...Object.keys(table)])) {
      const own = Object.hasOwn(table, key) ? table[key] : undefined;
      const text = own ?? fallbackTable?.[key];
      if (!isText(key, text) || hasPluralForms(table, key)) continue;
      const compiled = isPlain(text) ? text : template(text);
      if (compiled !== undefined) texts.set(key, compiled);
    }
    byLocale.set(locale, texts);
  }
  return byLocale;
}
