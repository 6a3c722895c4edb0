import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/content.js';
import { createTranslator } from '../../src/i18n.js';

describe('translator: the plain-text fast path says exactly what i18next says', () => {
  const { locales, defaultLanguage } = realContent().content;
  const t = createTranslator(locales, defaultLanguage);
  const reference = i18next.createInstance();
  void reference.init({
    initAsync: false,
    showSupportNotice: false,
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(Object.entries(locales).map(([lng, table]) => [lng, { translation: table }])),
  });

  it('for every key of every language, with and without variables and counts', () => {
    const keys = new Set(Object.values(locales).flatMap((table) => Object.keys(table)));
    let compared = 0;
    for (const locale of Object.keys(locales)) {
      const fixed = reference.getFixedT(locale);
      for (const key of keys) {
        for (const vars of [{}, { name: 'X', count: 1 }, { count: 3 }]) {
          expect(t(locale, key, vars), `${locale} ${key} ${JSON.stringify(vars)}`).toBe(fixed(key, vars));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('texts with {{variables}}: strings, numbers, a missing variable, a value with braces, an i18next option', () => {
    const keys = new Set(Object.values(locales).flatMap((table) => Object.keys(table)));
    let templated = 0;
    for (const locale of Object.keys(locales)) {
      const fixed = reference.getFixedT(locale);
      for (const key of keys) {
        const text = locales[locale]?.[key] ?? locales[defaultLanguage]?.[key] ?? '';
        const names = [...text.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]!.trim());
        if (names.length === 0) continue;
        templated++;
        const each = (value: (name: string, i: number) => unknown) => Object.fromEntries(names.map((n, i) => [n, value(n, i)]));
        const cases: Record<string, unknown>[] = [
          each((n) => `«${n}» $& $1 $t(x)`),
          each((_, i) => i * 1.5),
          each((n, i) => (i === 0 ? undefined : n)),
          each((n) => `{{${n}}}`),
          { ...each((n) => n), lng: 'en' },
        ];
        for (const vars of cases) expect(t(locale, key, vars), `${locale} ${key} ${JSON.stringify(vars)}`).toBe(fixed(key, vars));
      }
    }
    expect(templated).toBeGreaterThan(100);
  });

  it('texts with {{dotted.paths}} filled from nested objects, as WatNu passes var, school, role and contact', () => {
    const keys = new Set(Object.values(locales).flatMap((table) => Object.keys(table)));
    let dotted = 0;
    const nested = (names: string[], value: (name: string, i: number) => unknown) => {
      const vars: Record<string, unknown> = {};
      names.forEach((name, i) => {
        const path = name.split('.');
        let at = vars;
        for (const part of path.slice(0, -1)) {
          at[part] ??= {};
          at = at[part] as Record<string, unknown>;
        }
        at[path[path.length - 1]!] = value(name, i);
      });
      return vars;
    };
    for (const locale of Object.keys(locales)) {
      const fixed = reference.getFixedT(locale);
      for (const key of keys) {
        const text = locales[locale]?.[key] ?? locales[defaultLanguage]?.[key] ?? '';
        const names = [...text.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]!.trim()).filter((n) => n.includes('.'));
        if (names.length === 0) continue;
        dotted++;
        const cases: Record<string, unknown>[] = [
          nested(names, (n) => `«${n}» $& $1`),
          nested(names, (_, i) => i * 1.5),
          nested(names, (_, i) => (i === 0 ? '' : 'x')),
          nested(names, (_, i) => (i === 0 ? 0 : Number.NaN)),
          nested(names, (n) => `{{${n}}}`),
          nested(names, (_, i) => (i === 0 ? { deeper: 'x' } : 'y')),
          // A string where an object is expected, and a value inherited rather than own.
          Object.fromEntries(names.map((n) => [n.split('.')[0]!, 'flat'])),
          Object.fromEntries(names.map((n) => [n.split('.')[0]!, Object.create({ [n.split('.')[1]!]: 'inherited' })])),
          { ...nested(names, (n) => n), lng: 'en' },
        ];
        for (const vars of cases) expect(t(locale, key, vars), `${locale} ${key} ${JSON.stringify(vars)}`).toBe(fixed(key, vars));
      }
    }
    expect(dotted).toBeGreaterThan(50);
  });

  it('a missing key and an unknown language still answer as i18next does', () => {
    expect(t('nl', 'no.such.key')).toBe('no.such.key');
    expect(t('xx', 'engine.ambiguity.question')).toBe(reference.getFixedT('xx')('engine.ambiguity.question'));
  });
});
