import { z } from 'zod';
import { sourceRefSchema } from './source-ref.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are kebab-case');

/**
 * A calamity checklist template (calamity/<id>.yaml): sections of items from
 * a plan. Labels are locale keys `calamity.<template>.<section>[.<item>]`.
 */
export const calamityTemplateSchema = z.strictObject({
  id,
  /** Routes after which a director is offered a case with this checklist. */
  routes: z.array(id).min(1),
  sections: z
    .array(z.strictObject({ id, source: sourceRefSchema, items: z.array(id).min(1) }))
    .min(1),
});

export type CalamityTemplate = z.infer<typeof calamityTemplateSchema> & { readonly file: string };

/** The school's incident register categories, as its plan lists them. */
export const incidentCategoriesSchema = z.strictObject({
  source: sourceRefSchema,
  categories: z
    .array(z.strictObject({ id, label: z.string().min(2), kinds: z.array(z.strictObject({ id, label: z.string().min(2) })).optional() }))
    .min(1),
});

export type IncidentCategories = z.infer<typeof incidentCategoriesSchema>;

export function templateKeys(template: Pick<CalamityTemplate, 'id' | 'sections'>): Array<{ key: string; at: string }> {
  const keys = [{ key: `calamity.${template.id}.title`, at: 'id' }];
  for (const section of template.sections) {
    keys.push({ key: `calamity.${template.id}.${section.id}`, at: section.id });
    for (const item of section.items) keys.push({ key: `calamity.${template.id}.${section.id}.${item}`, at: `${section.id}.${item}` });
  }
  return keys;
}
