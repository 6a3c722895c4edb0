import type { CalamityTemplate } from './calamity-schema.js';
import { templateKeys } from './calamity-schema.js';
import type { ContentProblem } from './problem.js';
import type { Locale, LocaleTable, RouteInfo, School } from './types.js';

/** Calamity templates name known routes and have every text in every locale; schools use only templates that exist. */
export function lintCalamity(
  templates: ReadonlyMap<string, CalamityTemplate>,
  schools: ReadonlyMap<string, School>,
  routes: ReadonlyMap<string, RouteInfo>,
  locales: Readonly<Record<Locale, LocaleTable>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const template of templates.values()) {
    for (const route of template.routes) {
      if (!routes.has(route)) problems.push({ code: 'unknown-route', file: template.file, at: 'routes', message: `unknown route "${route}"` });
    }
    for (const { key, at } of templateKeys(template)) {
      for (const [locale, table] of Object.entries(locales)) {
        if (table[key] === undefined) problems.push({ code: 'missing-locale-key', file: template.file, at, message: `locale "${locale}" has no text for key "${key}"` });
      }
    }
  }
  for (const school of schools.values()) {
    for (const id of school.calamity?.templates ?? []) {
      if (!templates.has(id)) problems.push({ code: 'unknown-dialog', file: school.file, at: 'calamity.templates', message: `no calamity template "${id}" in calamity/` });
    }
  }
  return problems;
}
