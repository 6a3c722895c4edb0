/**
 * Build step: makes the pre-initialised PGlite data directory that an empty
 * DATA_DIR is seeded from (see store/pglite-template.ts). Skipped when the
 * template is current; runs initdb and the migrations in this short-lived process, never in the server.
 */
import { findProjectRoot } from '../config.js';
import { makePgliteTemplate, pgliteTemplateAt, templateIsUpToDate } from '../store/pglite-template.js';

const template = pgliteTemplateAt(findProjectRoot());
if (templateIsUpToDate(template)) {
  console.log(`PGlite template is current: ${template.dir}`);
} else {
  const started = performance.now();
  await makePgliteTemplate(template);
  console.log(`PGlite template made in ${Math.round(performance.now() - started)} ms: ${template.dir}`);
}
