import { builtinChannels } from '../app/channel-plugins.js';
import { ChannelRegistry } from '../channels/registry.js';
import { loadConfig } from '../config.js';
import { defaultContentPaths, loadContent } from '../content/load-content.js';
import { listOpenItems } from '../content/open-items.js';
import { formatProblem } from '../content/problem.js';
import { loadLexicon } from '../triage/lexicon/load-lexicon.js';
import { formatOpenItems } from './format-open-items.js';
import { dialogReadability, formatReadability } from './readability-report.js';

/**
 * `npm run check`: validates dialogs, schools, locales, citations and the
 * triage lexicon (triage/lexicon/, triage/known-words.txt) and exits
 * non-zero on any problem; then lists, per school, what its plan leaves open
 * (warnings), and the readability of each dialog's Dutch instruction texts
 * (warnings). `npm run check -- --json` prints the same as JSON.
 */
const json = process.argv.includes('--json');
const config = loadConfig();
const loaded = loadContent(defaultContentPaths(config.root, config.schoolsDir));
const content = loaded.content;
const problems = [...loaded.problems, ...loadLexicon(config.root).problems];
const openItems = [...content.schools.values()].map((school) => listOpenItems(school, content.dialogs));
// Schools' channel targets, checked by each channel plugin's own schema (as at start).
const channelProblems = problems.length > 0 ? [] : new ChannelRegistry(builtinChannels({})).schoolProblems(content);

if (json) {
  console.log(JSON.stringify({ problems, channelProblems, schools: openItems, readability: problems.length > 0 ? [] : dialogReadability(content) }, null, 2));
  process.exit(problems.length + channelProblems.length > 0 ? 1 : 0);
}
if (channelProblems.length > 0) {
  for (const problem of channelProblems) console.error(problem);
  console.error(`\n${channelProblems.length} problem(s) in schools' channels. Fix them; WatNu will not start until they are gone.`);
  process.exit(1);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in content. Fix them; WatNu will not start until they are gone.`);
  process.exit(1);
}
const steps = [...content.dialogs.values()].reduce((n, d) => n + Object.keys(d.steps).length, 0);
console.log(
  `Content OK: ${content.dialogs.size} dialogs (${steps} steps), ${content.forms.size} forms, ${content.schools.size} schools, ` +
    `${[...content.schools.values()].reduce((n, s) => n + s.contacts.size, 0)} contacts, all citations found; triage lexicon OK.`,
);
console.log(`\n${formatOpenItems(openItems)}`);
console.log(`\n${formatReadability(dialogReadability(content))}`);
