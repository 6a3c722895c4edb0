import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { listFiles } from './list-files.js';
import type { ContentProblem } from './problem.js';
import { readText } from './read-yaml.js';
import type { Locale, LocaleTable } from './types.js';

const localeFileSchema = z.record(z.string(), z.string());

/**
 * Locales: every `<lang>.json` in locales/ (and in each plan's locales
 * folder) is a language, with its `<lang>/*.json` files. Adding a language
 * is adding these files.
 */
export function loadLocales(dirs: readonly string[], rel: (p: string) => string, problems: ContentProblem[]) {
  const unique = [...new Set(dirs)];
  const languages = [...new Set(unique.flatMap((dir) => listFiles(dir, /^[a-z]{2,3}\.json$/).map((n) => n.replace(/\.json$/, ''))))].sort();
  const locales: Record<Locale, Record<string, string>> = {};
  const files: Record<string, Locale> = {};
  for (const locale of languages) {
    const table: Record<string, string> = {};
    const paths = unique.flatMap((dir) => [
      ...(existsSync(join(dir, `${locale}.json`)) || dir === unique[0] ? [join(dir, `${locale}.json`)] : []),
      ...listFiles(join(dir, locale), /\.json$/).map((n) => join(dir, locale, n)),
    ]);
    for (const path of paths) {
      const file = rel(path);
      files[file] = locale;
      const text = readText(path, rel, problems);
      if (text === null) continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        problems.push({ code: 'schema', file, at: 'file', message: `invalid JSON: ${(error as Error).message}` });
        continue;
      }
      const parsed = localeFileSchema.safeParse(json);
      if (!parsed.success) {
        problems.push({ code: 'schema', file, at: parsed.error.issues[0]?.path.join('.') || 'file', message: 'locale files are flat objects of key → text' });
        continue;
      }
      for (const [key, value] of Object.entries(parsed.data)) {
        if (key in table) problems.push({ code: 'duplicate-id', file, at: key, message: `key "${key}" is defined in more than one ${locale} file` });
        table[key] = value;
      }
    }
    locales[locale] = table;
  }
  return { locales: locales as Record<Locale, LocaleTable>, files };
}
