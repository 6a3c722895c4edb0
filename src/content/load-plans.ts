import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type PlanFile, planFileSchema } from './plan-schema.js';
import type { ContentProblem } from './problem.js';
import { parseYaml } from './read-yaml.js';
import { documentLayout } from './source-sections.js';
import { normaliseForCitation, type SourceDocument } from './source-documents.js';

/** A plan found in plans/<id>/plan.yaml, its paths made absolute. */
export interface Plan {
  readonly id: string;
  readonly title: string;
  /** The language the plan is written in; the default language of its schools. */
  readonly language: string;
  /** plans/<id>/plan.yaml, relative to the project root (for messages). */
  readonly file: string;
  readonly sourcePath: string;
  readonly templateDir: string;
  readonly dialogsDir: string;
  readonly localesDir: string;
  readonly calamityDir: string;
}

/**
 * Every plan folder under `dir` (a folder with plan.yaml; its id must equal
 * the folder name), with its source document read. No code names a plan:
 * adding a plan is adding a folder.
 */
export function loadPlans(
  dir: string,
  rel: (path: string) => string,
  problems: ContentProblem[],
): { plans: Map<string, Plan>; sources: Map<string, SourceDocument> } {
  const plans = new Map<string, Plan>();
  const sources = new Map<string, SourceDocument>();
  if (!existsSync(dir)) {
    problems.push({ code: 'schema', file: rel(dir), at: 'dir', message: 'plans directory does not exist (one folder per plan with plan.yaml)' });
    return { plans, sources };
  }
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    if (!statSync(folder).isDirectory()) continue;
    const path = join(folder, 'plan.yaml');
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ code: 'schema', file: rel(folder), at: 'plan.yaml', message: 'a plan folder needs a plan.yaml' });
      continue;
    }
    const parsed = parseYaml(file, readFileSync(path, 'utf8'), planFileSchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    if (parsed.value.id !== name) {
      problems.push({ code: 'id-mismatch', file, at: 'id', message: `id "${parsed.value.id}" must equal the folder name "${name}"` });
      continue;
    }
    const plan = planFrom(parsed.value, folder, file);
    try {
      sources.set(plan.id, sourceDocument(plan, readFileSync(plan.sourcePath, 'utf8'), rel));
    } catch (error) {
      problems.push({ code: 'source-not-found', file, at: 'source', message: `cannot read the plan's text ${rel(plan.sourcePath)}: ${(error as NodeJS.ErrnoException).code ?? error}` });
      continue;
    }
    plans.set(plan.id, plan);
  }
  return { plans, sources };
}

function planFrom(value: PlanFile, folder: string, file: string): Plan {
  const at = (path: string) => resolve(folder, path);
  return {
    id: value.id,
    title: value.title,
    language: value.language,
    file,
    sourcePath: at(value.source),
    templateDir: at(value.template),
    dialogsDir: at(value.dialogs),
    localesDir: at(value.locales),
    calamityDir: at(value.calamity),
  };
}

function sourceDocument(plan: Plan, text: string, rel: (path: string) => string): SourceDocument {
  return {
    id: plan.id,
    title: plan.title,
    file: rel(plan.sourcePath),
    searchable: normaliseForCitation(text),
    raw: text,
    layout: documentLayout(text.split('\n'), normaliseForCitation),
  };
}
