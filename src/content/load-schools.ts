import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { deriveSchool } from './derive-school.js';
import type { Plan } from './load-plans.js';
import type { ContentProblem } from './problem.js';
import { parseYaml, readText } from './read-yaml.js';
import { schoolOnPlanSchema } from './school-on-plan-schema.js';
import { type Contact, contactsFileSchema, schoolFileSchema } from './school-schema.js';
import type { School } from './types.js';

/**
 * Schools: one folder per school under schools/. A school.yaml with `plan:`
 * is a school on that plan (its own people, channels and calendar; the rest
 * from the plan's template); one without is a complete school with its own
 * contacts.yaml, following the plan its `source` cites.
 */
export function loadSchools(dir: string, plans: ReadonlyMap<string, Plan>, rel: (p: string) => string, problems: ContentProblem[]): Map<string, School> {
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
