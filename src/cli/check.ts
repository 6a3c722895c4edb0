import { loadConfig } from '../config.js';
import { loadContent, defaultContentPaths } from '../content/load-content.js';
import { formatProblem } from '../content/problem.js';

/** `npm run check`: validates dialogs, schools, locales and citations; exits non-zero on any problem. */
const config = loadConfig();
const { content, problems } = loadContent(defaultContentPaths(config.root, config.schoolsDir));
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in content. Fix them; WatNu will not start until they are gone.`);
  process.exit(1);
}
const steps = [...content.dialogs.values()].reduce((n, d) => n + Object.keys(d.steps).length, 0);
console.log(
  `Content OK: ${content.dialogs.size} dialogs (${steps} steps), ${content.forms.size} forms, ${content.schools.size} schools, ` +
    `${[...content.schools.values()].reduce((n, s) => n + s.contacts.size, 0)} contacts, all citations found.`,
);
