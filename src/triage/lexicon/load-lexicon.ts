import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../../content/problem.js';
import { parseYaml, readText, type YamlResult } from '../../content/read-yaml.js';
import { triagePaths } from '../data/triage-paths.js';
import type { Pattern } from '../pattern.js';
import { type RouteId, routeIds } from '../routes.js';
import { type SignalId, signalIds } from '../signals.js';
import { parseKnownWords } from './known-words-file.js';
import { type Cue, routeLexiconSchema, signalsFileSchema, type WordSets, wordSetsFileSchema } from './lexicon-schema.js';

/** The triage lexicon as read from triage/: data only; the rules that combine signals are code (rules/). */
export interface LexiconData {
  /** Every route's cues, in the order of routeIds. */
  readonly routes: ReadonlyMap<RouteId, readonly Cue[]>;
  readonly signals: ReadonlyMap<SignalId, readonly Pattern[]>;
  readonly words: WordSets;
  readonly knownWords: ReadonlySet<string>;
}

export const signalsFile = '_signals.yaml';
export const wordSetsFile = '_word-sets.yaml';

/**
 * Reads and validates the lexicon under `root`: triage/lexicon/<route>.yaml
 * for every route (`_`-files are not routes), _signals.yaml, _word-sets.yaml
 * and triage/known-words.txt. Collects every problem, each naming the file
 * and the entry, instead of stopping at the first; the lexicon is null when
 * there are any.
 */
export function loadLexicon(root: string): { lexicon: LexiconData | null; problems: ContentProblem[] } {
  const paths = triagePaths(root);
  const rel = (path: string): string => relative(root, path) || path;
  const problems: ContentProblem[] = [];
  const read = <T>(path: string, parse: (file: string, text: string) => YamlResult<T>): T | null => {
    const text = readText(path, rel, problems);
    if (text === null) return null;
    const parsed = parse(rel(path), text);
    if (parsed.ok) return parsed.value;
    problems.push(...parsed.problems);
    return null;
  };

  const routes = new Map<RouteId, readonly Cue[]>();
  for (const name of routeFileNames(paths.lexiconDir)) {
    const route = name.replace(/\.yaml$/, '');
    if (!(routeIds as readonly string[]).includes(route)) {
      problems.push({ code: 'unknown-route', file: rel(join(paths.lexiconDir, name)), at: 'file', message: `"${route}" is not a triage route (routes: ${routeIds.join(', ')})` });
    }
  }
  for (const route of routeIds) {
    const file = read(join(paths.lexiconDir, `${route}.yaml`), (f, text) => parseYaml(f, text, routeLexiconSchema));
    if (file) routes.set(route, file.cues.flatMap((group) => group.patterns.map((pattern) => ({ pattern, weight: group.weight }))));
  }
  const signals = read(join(paths.lexiconDir, signalsFile), (f, text) => parseYaml(f, text, signalsFileSchema));
  const words = read(join(paths.lexiconDir, wordSetsFile), (f, text) => parseYaml(f, text, wordSetsFileSchema));
  const knownWords = read(paths.knownWords, (f, text) => {
    const parsed = parseKnownWords(f, text);
    return parsed.problems.length > 0 ? { ok: false, problems: parsed.problems } : { ok: true, value: parsed.words };
  });
  if (problems.length > 0 || !signals || !words || !knownWords) return { lexicon: null, problems };
  // In the order of signalIds, whatever the order in the file.
  const signalMap = new Map(signalIds.map((id) => [id, signals[id]]));
  return { lexicon: { routes, signals: signalMap, words, knownWords }, problems };
}

/** The .yaml files of the lexicon folder that name a route. */
function routeFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort();
}
