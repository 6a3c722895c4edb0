import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { defaultContentPaths, loadContent } from '../src/content/load-content.js';
import { diagramRoutes, renderProtocolSvg } from '../src/diagrams/render-diagram.js';

/** `npm run diagrams`: every protocol of every school as docs/diagrams/<school>/<route>.svg. */
const config = loadConfig();
const { content, problems } = loadContent(defaultContentPaths(config.root, config.schoolsDir));
if (problems.length > 0) {
  console.error(`content has ${problems.length} problem(s): run npm run check`);
  process.exit(1);
}
let count = 0;
for (const schoolId of content.schools.keys()) {
  const dir = join(config.root, 'docs', 'diagrams', schoolId);
  mkdirSync(dir, { recursive: true });
  for (const route of diagramRoutes(content, schoolId)) {
    writeFileSync(join(dir, `${route}.svg`), await renderProtocolSvg(content, schoolId, route));
    count += 1;
  }
}
console.log(`wrote ${count} diagrams to docs/diagrams/`);
