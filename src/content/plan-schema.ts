import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are kebab-case');
/** A path relative to the plan's folder (`../../docs/sources/…` for a file kept elsewhere). */
const relPath = z.string().min(1);

/**
 * plans/<id>/plan.yaml: a school safety plan as data. Everything a school on
 * this plan shares comes from here; the school file adds only its own people,
 * channels and calendar. Paths are relative to the plan's folder.
 */
export const planFileSchema = z.strictObject({
  id,
  /** The plan's title as the document prints it. */
  title: z.string().min(3),
  /** The language the plan is written in (a locales/ language): a school on this plan speaks it unless it says otherwise. */
  language: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as nl or en'),
  /** The plan's text (copied from the PDF); dialogs cite it as `doc: <plan id>`. */
  source: relPath,
  /**
   * A folder with school.yaml and contacts.yaml filled in from the plan: the
   * routes and their dialogs, the roles, the sociale kaart of the region, the
   * gaps and the incident categories. Default: `template` in the plan folder.
   */
  template: relPath.default('template'),
  /** Extra folders of dialogs (`<dir>/*.yaml`), forms, locales (`<dir>/<lang>.json`, `<dir>/<lang>/*.json`) and calamity templates; defaults inside the plan folder. */
  dialogs: relPath.default('dialogs'),
  locales: relPath.default('locales'),
  calamity: relPath.default('calamity'),
});

export type PlanFile = z.infer<typeof planFileSchema>;
