import { firstActionIds } from './types.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import { type CalamityTemplate, calamityTemplateSchema } from './calamity-schema.js';
import { lintCalamity } from './lint-calamity.js';
import { dialogFileSchema, formFileSchema } from './dialog-schema.js';
import { lintContactOrigins } from './lint-contact-origin.js';
import { lintContacts } from './lint-contacts.js';
import { lintDialogGraph, lintFormGraph } from './lint-dialog.js';
import { type CitedSource, lintSources } from './lint-sources.js';
import { lintLocaleKeys, lintSchoolUsage } from './lint-usage.js';
import { lintSettlements } from './open-items.js';
import type { ContentProblem } from './problem.js';
import { parseYaml, readText } from './read-yaml.js';
import { type Contact, contactsFileSchema, schoolFileSchema } from './school-schema.js';
import { deriveSchool } from './derive-school.js';
import { loadPlans, type Plan } from './load-plans.js';
import { schoolOnPlanSchema } from './school-on-plan-schema.js';
import {
  type Content,
  type Dialog,
  type Form,
  type Locale,
  type LocaleTable,
  type RouteInfo,
  type School,
  defaultLanguageOf,
} from './types.js';

export interface ContentPaths {
  /** Project root; file names in problems are relative to it. */
  readonly root: string;
  readonly dialogsDir: string;
  readonly schoolsDir: string;
  readonly localesDir: string;
  /** One folder per plan with plan.yaml (the plan's text, template school, and any dialogs, texts and calamity templates of its own). */
  readonly plansDir: string;
  readonly calamityDir?: string;
}

export function defaultContentPaths(root: string, schoolsDir?: string): ContentPaths {
  return {
    root,
    dialogsDir: join(root, 'dialogs'),
    schoolsDir: schoolsDir ?? join(root, 'schools'),
    localesDir: join(root, 'locales'),
    plansDir: join(root, 'plans'),
    calamityDir: join(root, 'calamity'),
  };
}

export interface LoadedContent {
  readonly content: Content;
  /** Empty when the content is valid; the content is then safe to serve. */
  readonly problems: readonly ContentProblem[];
  /** The folders and files it was read from (content-cache.ts fingerprints them). */
  readonly roots: readonly string[];
}

const routesFileSchema = z.strictObject({
  routes: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        safety: z.boolean(),
        menu: z.boolean(),
        /** False for routes the engine answers itself (onduidelijk: a clarifying question). */
        dialog: z.boolean().default(true),
        /** First actions this route's protocol starts with; a safety ambiguity shows those all its candidates share (engine/safety-ambiguity-reply.ts). */
        firstActions: z.array(z.enum(firstActionIds)).default([]),
      }),
    )
    .min(1),
});

/** Loads and validates all content; collects every problem instead of stopping at the first. */
export function loadContent(paths: ContentPaths): LoadedContent {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(paths.root, path) || path;
  const cited: CitedSource[] = [];

  const { plans, sources } = loadPlans(paths.plansDir, rel, problems);
  const planList = [...plans.values()];
  const routes = loadRoutes(join(paths.dialogsDir, '_routes.yaml'), rel, problems);
  const dialogs = loadDialogs([paths.dialogsDir, ...planList.map((p) => p.dialogsDir)], plans, rel, problems);
  const forms = loadForms(join(paths.dialogsDir, 'forms'), rel, problems);
  const { locales, files: localeFiles } = loadLocales([paths.localesDir, ...planList.map((p) => p.localesDir)], rel, problems);
  const schools = loadSchools(paths.schoolsDir, plans, rel, problems);
  const calamityTemplates = loadCalamityTemplates([paths.calamityDir, ...planList.map((p) => p.calamityDir)], rel, problems);
  problems.push(...lintCalamity(calamityTemplates, schools, routes, locales));
  for (const template of calamityTemplates.values()) {
    for (const section of template.sections) cited.push({ file: template.file, at: section.id, source: section.source });
  }

  for (const form of forms.values()) problems.push(...lintFormGraph(form));
  for (const dialog of dialogs.values()) {
    problems.push(...lintDialogGraph(dialog, routes, forms));
    for (const [stepId, step] of Object.entries(dialog.steps)) {
      if (step.source) cited.push({ file: dialog.file, at: stepId, source: step.source });
    }
  }
  problems.push(...lintLocaleKeys(dialogs, locales, localeFiles, forms));
  for (const school of schools.values()) {
    problems.push(...lintSchoolUsage(school, dialogs, routes, locales, forms));
    problems.push(...lintContacts(school));
    cited.push({ file: school.file, at: 'source', source: school.source });
    cited.push({ file: school.file, at: 'incidents', source: school.incidents.source });
    for (const contact of school.contacts.values()) {
      cited.push({ file: school.contactsFile, at: contact.id, source: contact.source });
    }
    for (const [route, target] of Object.entries(school.routes)) {
      if (typeof target !== 'string') cited.push({ file: school.file, at: `routes.${route}`, source: target.absent.source });
    }
    problems.push(...lintSettlements(school, dialogs));
    const { contradictions, namedNotContained, questions } = school.gaps;
    for (const c of contradictions) {
      c.passages.forEach((source, i) => {
        cited.push({ file: school.file, at: `gaps.contradictions.${c.id}[${i}]`, source });
      });
    }
    for (const n of namedNotContained) cited.push({ file: school.file, at: `gaps.namedNotContained.${n.id}`, source: n.source });
    for (const q of questions) cited.push({ file: school.file, at: `gaps.questions.${q.id}`, source: q.source });
  }
  problems.push(...lintSources(cited, sources));
  for (const school of schools.values()) {
    const plan = sources.get(school.source.doc);
    if (plan) problems.push(...lintContactOrigins(school, plan));
  }

  for (const school of schools.values()) {
    if (!(school.language in locales)) {
      problems.push({ code: 'schema', file: school.file, at: 'language', message: `"${school.language}" is not a language in locales/ (languages: ${Object.keys(locales).join(', ')})` });
    }
  }
  const defaultLanguage = defaultLanguageOf(schools.values(), locales);
  const roots = [
    ...[paths.dialogsDir, paths.schoolsDir, paths.localesDir, paths.plansDir, paths.calamityDir].filter((dir): dir is string => dir !== undefined),
    ...planList.flatMap((plan) => [plan.sourcePath, plan.templateDir, plan.dialogsDir, plan.localesDir, plan.calamityDir]),
  ];
  return { content: { dialogs, forms, schools, routes, locales, defaultLanguage, sources, calamityTemplates }, problems, roots };
}

function loadRoutes(path: string, rel: (p: string) => string, problems: ContentProblem[]): Map<string, RouteInfo> {
  const routes = new Map<string, RouteInfo>();
  const text = readText(path, rel, problems);
  if (text === null) return routes;
  const parsed = parseYaml(rel(path), text, routesFileSchema);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return routes;
  }
  for (const route of parsed.value.routes) routes.set(route.id, route);
  return routes;
}

/**
 * Dialogs: one per file in dialogs/ and in each plan's dialogs folder, id
 * equal to the file name; `_`-files are not dialogs. A dialog in a plan's
 * folder belongs to that plan; one in dialogs/ names its plan (`school:`).
 */
function loadDialogs(dirs: readonly string[], plans: ReadonlyMap<string, Plan>, rel: (p: string) => string, problems: ContentProblem[]): Map<string, Dialog> {
  const all = new Map<string, Dialog>();
  const planOf = new Map([...plans.values()].map((plan) => [plan.dialogsDir, plan.id]));
  for (const dir of new Set(dirs)) {
    const plan = planOf.get(dir);
    for (const [id, dialog] of loadIdFiles(dir, dialogFileSchema, rel, problems, (name) => !name.startsWith('_'))) {
      if (all.has(id)) problems.push({ code: 'duplicate-id', file: dialog.file, at: 'id', message: `dialog "${id}" is also defined in ${all.get(id)!.file}` });
      all.set(id, plan && !dialog.school ? { ...dialog, school: plan } : dialog);
    }
  }
  return all;
}

/** Forms: one per file in dialogs/forms/ (the handoff form, the incident register, calamity case prompts). */
function loadForms(dir: string, rel: (p: string) => string, problems: ContentProblem[]): Map<string, Form> {
  return loadIdFiles(dir, formFileSchema, rel, problems);
}

/** Calamity checklist templates: one per file in calamity/, id equal to the file name. */
function loadCalamityTemplates(dirs: ReadonlyArray<string | undefined>, rel: (p: string) => string, problems: ContentProblem[]): Map<string, CalamityTemplate> {
  const all = new Map<string, CalamityTemplate>();
  for (const dir of new Set(dirs)) {
    if (!dir) continue;
    for (const [id, template] of loadIdFiles(dir, calamityTemplateSchema, rel, problems)) all.set(id, template);
  }
  return all;
}

/** Every YAML file in `dir` parsed with `schema`; each file's `id` must equal its name. */
function loadIdFiles<S extends z.ZodType<{ id: string }>>(
  dir: string,
  schema: S,
  rel: (p: string) => string,
  problems: ContentProblem[],
  include: (name: string) => boolean = () => true,
): Map<string, z.output<S> & { readonly file: string }> {
  const loaded = new Map<string, z.output<S> & { readonly file: string }>();
  for (const name of listFiles(dir, /\.ya?ml$/).filter(include)) {
    const path = join(dir, name);
    const file = rel(path);
    const text = readText(path, rel, problems);
    if (text === null) continue;
    const parsed = parseYaml(file, text, schema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const expected = basename(name).replace(/\.ya?ml$/, '');
    if (parsed.value.id !== expected) {
      problems.push({ code: 'id-mismatch', file, at: 'id', message: `id "${parsed.value.id}" must equal the file name "${expected}"` });
    }
    loaded.set(parsed.value.id, { ...parsed.value, file });
  }
  return loaded;
}

/**
 * Schools: one folder per school under schools/. A school.yaml with `plan:`
 * is a school on that plan (its own people, channels and calendar; the rest
 * from the plan's template); one without is a complete school with its own
 * contacts.yaml, following the plan its `source` cites.
 */
function loadSchools(dir: string, plans: ReadonlyMap<string, Plan>, rel: (p: string) => string, problems: ContentProblem[]): Map<string, School> {
  const schools = new Map<string, School>();
  if (!existsSync(dir)) {
    problems.push({ code: 'schema', file: rel(dir), at: 'dir', message: 'schools directory does not exist' });
    return schools;
  }
  const templates = new Map<string, School | null>();
  const templateOf = (planId: string): School | null => {
    if (!templates.has(planId)) {
      const plan = plans.get(planId)!;
      templates.set(planId, loadCompleteSchool(plan.templateDir, plans, rel, problems));
    }
    return templates.get(planId) ?? null;
  };
  for (const name of readdirSync(dir).sort()) {
    const schoolDir = join(dir, name);
    if (!statSync(schoolDir).isDirectory()) continue;
    const schoolPath = join(schoolDir, 'school.yaml');
    const file = rel(schoolPath);
    const text = readText(schoolPath, rel, problems);
    if (text === null) continue;
    const kind = parseYaml(file, text, z.looseObject({ plan: z.string().optional() }));
    if (!kind.ok) {
      problems.push(...kind.problems);
      continue;
    }
    let school: School | null;
    if (kind.value.plan === undefined) {
      school = loadCompleteSchool(schoolDir, plans, rel, problems);
      const planId = school?.plan;
      if (school && planId && !templates.has(planId) && plans.get(planId)?.templateDir === schoolDir) templates.set(planId, school);
    } else {
      school = loadSchoolOnPlan(file, text, plans, templateOf, problems);
    }
    if (!school) continue;
    if (school.id !== name) {
      problems.push({ code: 'id-mismatch', file, at: 'id', message: `id "${school.id}" must equal the folder name "${name}"` });
    }
    schools.set(school.id, school);
  }
  return schools;
}

function loadSchoolOnPlan(
  file: string,
  text: string,
  plans: ReadonlyMap<string, Plan>,
  templateOf: (planId: string) => School | null,
  problems: ContentProblem[],
): School | null {
  const parsed = parseYaml(file, text, schoolOnPlanSchema);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return null;
  }
  const plan = plans.get(parsed.value.plan);
  if (!plan) {
    problems.push({ code: 'schema', file, at: 'plan', message: `no plan "${parsed.value.plan}" in plans/ (plans: ${[...plans.keys()].join(', ') || 'none'})` });
    return null;
  }
  const template = templateOf(plan.id);
  if (!template) return null;
  const { school, problems: found } = deriveSchool(template, parsed.value, file, plan.language);
  problems.push(...found);
  return school;
}

/** A school folder with a complete school.yaml and contacts.yaml (a seed school, or a plan's template). */
function loadCompleteSchool(schoolDir: string, plans: ReadonlyMap<string, Plan>, rel: (p: string) => string, problems: ContentProblem[]): School | null {
  const schoolPath = join(schoolDir, 'school.yaml');
  const contactsPath = join(schoolDir, 'contacts.yaml');
  const schoolText = readText(schoolPath, rel, problems);
  const contactsText = readText(contactsPath, rel, problems);
  if (schoolText === null || contactsText === null) return null;
  const school = parseYaml(rel(schoolPath), schoolText, schoolFileSchema);
  const contacts = parseYaml(rel(contactsPath), contactsText, contactsFileSchema);
  if (!school.ok) problems.push(...school.problems);
  if (!contacts.ok) problems.push(...contacts.problems);
  if (!school.ok || !contacts.ok) return null;
  const plan = plans.get(school.value.source.doc);
  if (!plan) {
    problems.push({ code: 'source-not-found', file: rel(schoolPath), at: 'source.doc', message: `no plan "${school.value.source.doc}" in plans/ (plans: ${[...plans.keys()].join(', ') || 'none'})` });
    return null;
  }
  const byId = new Map<string, Contact>();
  for (const contact of contacts.value.contacts) {
    if (byId.has(contact.id)) {
      problems.push({ code: 'duplicate-id', file: rel(contactsPath), at: contact.id, message: `contact id "${contact.id}" is used twice` });
    }
    byId.set(contact.id, contact);
  }
  const { language, ...rest } = school.value;
  return { ...rest, plan: plan.id, language: language ?? plan.language, file: rel(schoolPath), contactsFile: rel(contactsPath), contacts: byId };
}

const localeFileSchema = z.record(z.string(), z.string());

/**
 * Locales: every `<lang>.json` in locales/ (and in each plan's locales
 * folder) is a language, with its `<lang>/*.json` files. Adding a language
 * is adding these files.
 */
function loadLocales(dirs: readonly string[], rel: (p: string) => string, problems: ContentProblem[]) {
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

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort();
}
