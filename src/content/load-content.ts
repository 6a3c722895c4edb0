import { firstActionIds } from './types.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
import { parseYaml } from './read-yaml.js';
import { type Contact, contactsFileSchema, schoolFileSchema } from './school-schema.js';
import { loadSourceDocuments } from './source-documents.js';
import {
  type Content,
  type Dialog,
  type Form,
  type Locale,
  type LocaleTable,
  type RouteInfo,
  type School,
  supportedLocales,
} from './types.js';

export interface ContentPaths {
  /** Project root; file names in problems are relative to it. */
  readonly root: string;
  readonly dialogsDir: string;
  readonly schoolsDir: string;
  readonly localesDir: string;
  readonly sourcesDir: string;
  readonly calamityDir?: string;
}

export function defaultContentPaths(root: string, schoolsDir?: string): ContentPaths {
  return {
    root,
    dialogsDir: join(root, 'dialogs'),
    schoolsDir: schoolsDir ?? join(root, 'schools'),
    localesDir: join(root, 'locales'),
    sourcesDir: join(root, 'docs', 'sources'),
    calamityDir: join(root, 'calamity'),
  };
}

export interface LoadedContent {
  readonly content: Content;
  /** Empty when the content is valid; the content is then safe to serve. */
  readonly problems: readonly ContentProblem[];
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

  const routes = loadRoutes(join(paths.dialogsDir, '_routes.yaml'), rel, problems);
  const dialogs = loadDialogs(paths.dialogsDir, rel, problems);
  const forms = loadForms(join(paths.dialogsDir, 'forms'), rel, problems);
  const { locales, files: localeFiles } = loadLocales(paths.localesDir, rel, problems);
  const schools = loadSchools(paths.schoolsDir, rel, problems);
  const calamityTemplates = loadCalamityTemplates(paths.calamityDir, rel, problems);
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
  let sources = new Map();
  try {
    sources = loadSourceDocuments(paths.sourcesDir);
    problems.push(...lintSources(cited, sources));
    for (const school of schools.values()) {
      const plan = sources.get(school.source.doc);
      if (plan) problems.push(...lintContactOrigins(school, plan));
    }
  } catch (error) {
    problems.push({ code: 'source-not-found', file: rel(paths.sourcesDir), at: 'dir', message: `cannot read source documents: ${(error as Error).message}` });
  }

  return { content: { dialogs, forms, schools, routes, locales, sources, calamityTemplates }, problems };
}

function readText(path: string, rel: (p: string) => string, problems: ContentProblem[]): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    problems.push({ code: 'schema', file: rel(path), at: 'file', message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}` });
    return null;
  }
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

/** Dialogs: one per file in dialogs/, id equal to the file name; `_`-files are not dialogs. */
function loadDialogs(dir: string, rel: (p: string) => string, problems: ContentProblem[]): Map<string, Dialog> {
  return loadIdFiles(dir, dialogFileSchema, rel, problems, (name) => !name.startsWith('_'));
}

/** Forms: one per file in dialogs/forms/ (the handoff form, the incident register, calamity case prompts). */
function loadForms(dir: string, rel: (p: string) => string, problems: ContentProblem[]): Map<string, Form> {
  return loadIdFiles(dir, formFileSchema, rel, problems);
}

/** Calamity checklist templates: one per file in calamity/, id equal to the file name. */
function loadCalamityTemplates(dir: string | undefined, rel: (p: string) => string, problems: ContentProblem[]): Map<string, CalamityTemplate> {
  return dir ? loadIdFiles(dir, calamityTemplateSchema, rel, problems) : new Map();
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

function loadSchools(dir: string, rel: (p: string) => string, problems: ContentProblem[]): Map<string, School> {
  const schools = new Map<string, School>();
  if (!existsSync(dir)) {
    problems.push({ code: 'schema', file: rel(dir), at: 'dir', message: 'schools directory does not exist' });
    return schools;
  }
  for (const name of readdirSync(dir).sort()) {
    const schoolDir = join(dir, name);
    if (!statSync(schoolDir).isDirectory()) continue;
    const schoolPath = join(schoolDir, 'school.yaml');
    const contactsPath = join(schoolDir, 'contacts.yaml');
    const schoolText = readText(schoolPath, rel, problems);
    const contactsText = readText(contactsPath, rel, problems);
    if (schoolText === null || contactsText === null) continue;
    const school = parseYaml(rel(schoolPath), schoolText, schoolFileSchema);
    const contacts = parseYaml(rel(contactsPath), contactsText, contactsFileSchema);
    if (!school.ok) problems.push(...school.problems);
    if (!contacts.ok) problems.push(...contacts.problems);
    if (!school.ok || !contacts.ok) continue;
    if (school.value.id !== name) {
      problems.push({ code: 'id-mismatch', file: rel(schoolPath), at: 'id', message: `id "${school.value.id}" must equal the folder name "${name}"` });
    }
    const byId = new Map<string, Contact>();
    for (const contact of contacts.value.contacts) {
      if (byId.has(contact.id)) {
        problems.push({ code: 'duplicate-id', file: rel(contactsPath), at: contact.id, message: `contact id "${contact.id}" is used twice` });
      }
      byId.set(contact.id, contact);
    }
    schools.set(school.value.id, { ...school.value, file: rel(schoolPath), contactsFile: rel(contactsPath), contacts: byId });
  }
  return schools;
}

const localeFileSchema = z.record(z.string(), z.string());

function loadLocales(dir: string, rel: (p: string) => string, problems: ContentProblem[]) {
  const locales = {} as Record<Locale, Record<string, string>>;
  const files: Record<string, Locale> = {};
  for (const locale of supportedLocales) {
    const table: Record<string, string> = {};
    const paths = [join(dir, `${locale}.json`), ...listFiles(join(dir, locale), /\.json$/).map((n) => join(dir, locale, n))];
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
