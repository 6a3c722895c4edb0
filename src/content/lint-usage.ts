import { formSlotNames } from './lint-collect.js';
import { dialogLocaleKeys } from './lint-dialog.js';
import { checkPlaceholder, placeholdersIn, schoolVariables } from './placeholders.js';
import type { ContentProblem } from './problem.js';
import type { Dialog, Form, Locale, LocaleTable, RouteInfo, School } from './types.js';

/**
 * Checks that need a school: does every role, contact, route and placeholder a
 * dialog uses exist for each school that uses the dialog?
 */
export function lintSchoolUsage(
  school: School,
  dialogs: ReadonlyMap<string, Dialog>,
  routes: ReadonlyMap<string, RouteInfo>,
  locales: Readonly<Record<Locale, LocaleTable>>,
  forms: ReadonlyMap<string, Form> = new Map(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (file: string, where: string, code: ContentProblem['code'], message: string) =>
    problems.push({ code, file, at: where, message });

  for (const [role, contactId] of Object.entries(school.roles)) {
    if (!school.contacts.has(contactId)) {
      at(school.file, `roles.${role}`, 'unknown-contact', `role "${role}" points to contact "${contactId}", which is not in ${school.contactsFile}`);
    }
  }
  for (const [route, info] of routes) {
    if (info.dialog && !(route in school.routes)) {
      at(school.file, 'routes', 'route-unmapped', `route "${route}" has no dialog and no "absent" entry for this school`);
    }
  }

  const variables = schoolVariables(school);
  for (const [route, target] of Object.entries(school.routes)) {
    const where = `routes.${route}`;
    if (!routes.has(route)) at(school.file, where, 'unknown-route', `"${route}" is not a route in dialogs/_routes.yaml`);
    if (typeof target !== 'string') {
      for (const role of target.absent.ask) {
        if (!(role in school.roles)) at(school.file, `${where}.absent.ask`, 'unknown-role', `school has no role "${role}"`);
      }
      for (const id of target.absent.contacts) {
        if (!school.contacts.has(id)) at(school.file, `${where}.absent.contacts`, 'unknown-contact', `no contact "${id}"`);
      }
      continue;
    }
    const dialog = dialogs.get(target);
    if (!dialog) {
      at(school.file, where, 'unknown-dialog', `dialog "${target}" does not exist in dialogs/`);
      continue;
    }
    if (dialog.route !== route) {
      at(school.file, where, 'unknown-dialog', `dialog "${target}" is for route "${dialog.route}", not "${route}"`);
    }
    // A dialog names the plan it is written from (or, for a school of its own, that school).
    if (dialog.school && dialog.school !== school.plan && dialog.school !== school.id) {
      at(school.file, where, 'unknown-dialog', `dialog "${target}" belongs to plan "${dialog.school}", and this school follows plan "${school.plan}"`);
    }
    problems.push(...lintDialogForSchool(dialog, school, variables, locales));
  }
  for (const form of forms.values()) {
    problems.push(...lintTextsForSchool(form, school, variables, locales, formSlotNames(form.steps, form.params)));
  }
  return problems;
}

/** `{school.name}` where `{{school.name}}` was meant (a slip of string formatting). */
const singleBracePlaceholder = /(?<!\{)\{(?:school|role|contact|var)\.[^{}\s]+\}(?!\})/g;

function lintDialogForSchool(
  dialog: Dialog,
  school: School,
  variables: Record<string, unknown>,
  locales: Readonly<Record<Locale, LocaleTable>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const forSchool = ` (school ${school.id})`;
  const problem = (code: ContentProblem['code'], where: string, message: string) =>
    problems.push({ code, file: dialog.file, at: where, message: message + forSchool });

  for (const [stepId, step] of Object.entries(dialog.steps)) {
    for (const ref of step.contacts ?? []) {
      if (ref.startsWith('role:')) {
        const role = ref.slice(5);
        if (!(role in school.roles)) problem('unknown-role', stepId, `unknown role "${role}"`);
      } else if (!school.contacts.has(ref)) {
        problem('unknown-contact', stepId, `unknown contact "${ref}"`);
      }
    }
    if (step.type === 'reminder' && step.to !== 'asker' && !(step.to in school.roles)) {
      problem('unknown-role', stepId, `reminds unknown role "${step.to}"`);
    }
    if (step.type === 'switch' && !(step.route in school.routes)) {
      problem('unknown-route', stepId, `switches to route "${step.route}", which the school does not map`);
    }
    for (const ref of step.type === 'handoff' ? (step.self?.contacts ?? []) : []) {
      if (ref.startsWith('role:') ? !(ref.slice(5) in school.roles) : !school.contacts.has(ref)) problem('unknown-contact', stepId, `self: unknown contact "${ref}"`);
    }
  }
  problems.push(...lintTextsForSchool(dialog, school, variables, locales));
  return dedupe(problems);
}

/** Every placeholder in the texts of a dialog or form resolves for the school. */
function lintTextsForSchool(
  dialog: Dialog | Form,
  school: School,
  variables: Record<string, unknown>,
  locales: Readonly<Record<Locale, LocaleTable>>,
  slots: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { key, at } of dialogLocaleKeys(dialog)) {
    for (const text of Object.values(locales)) {
      const value = text[key];
      if (value === undefined) continue; // reported once by lintLocaleKeys
      for (const placeholder of placeholdersIn(value)) {
        const why = checkPlaceholder(placeholder, variables, slots);
        if (why) problems.push({ code: 'unknown-placeholder', file: dialog.file, at, message: `${key}: ${why} (school ${school.id})` });
      }
      for (const [single] of value.matchAll(singleBracePlaceholder)) {
        problems.push({ code: 'unknown-placeholder', file: dialog.file, at, message: `${key}: "${single}" has single braces and would be printed as is; write {${single}} (school ${school.id})` });
      }
    }
  }
  return dedupe(problems);
}

/** Keys a dialog needs that a locale lacks, and keys present in one locale only. */
export function lintLocaleKeys(
  dialogs: ReadonlyMap<string, Dialog>,
  locales: Readonly<Record<Locale, LocaleTable>>,
  localeFiles: Readonly<Record<string, Locale>>,
  forms: ReadonlyMap<string, Form> = new Map(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const dialog of [...dialogs.values(), ...forms.values()]) {
    for (const { key, at } of dialogLocaleKeys(dialog)) {
      for (const [locale, table] of Object.entries(locales)) {
        if (table[key] === undefined) {
          problems.push({ code: 'missing-locale-key', file: dialog.file, at, message: `locale "${locale}" has no text for key "${key}"` });
        }
      }
    }
  }
  const entries = Object.entries(locales) as Array<[Locale, LocaleTable]>;
  for (const [locale, table] of entries) {
    for (const [other, otherTable] of entries) {
      if (other === locale) continue;
      for (const key of Object.keys(table)) {
        if (otherTable[key] === undefined) {
          const file = Object.entries(localeFiles).find(([, l]) => l === other)?.[0] ?? `locales/${other}.json`;
          problems.push({ code: 'missing-locale-key', file, at: key, message: `key exists in "${locale}" but not in "${other}"` });
        }
      }
    }
  }
  return dedupe(problems);
}

function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.file}|${p.at}|${p.code}|${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
