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
import { listFiles } from './list-files.js';
import { loadLocales } from './load-locales.js';
import { loadSchools } from './load-schools.js';
import { loadPlans, type Plan } from './load-plans.js';
import { type Content, type Dialog, defaultLanguageOf, type Form, firstActionIds, type RouteInfo } from './types.js';

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
