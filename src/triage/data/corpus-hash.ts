import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jsonlFiles, triagePaths } from './triage-paths.js';

/**
 * What the shipped model depends on: the training corpus, the lexicon data
 * (triage/lexicon/, triage/known-words.txt: its concepts are features) and
 * the code that turns text into features and features into weights. Files
 * that only decide between already computed probabilities, or only find and
 * cache the data files, are left out, so tuning a decision threshold or a
 * loader does not force a retrain.
 */
const noEffectOnWeights = new Set(['triage.ts', 'route-decision.ts', 'shipped-model.ts', 'ambiguity.ts', 'shipped-lexicon.ts', 'lexicon-cache.ts', 'model-cache.ts']);

export function corpusHash(root: string): string {
  const hash = createHash('sha256');
  const paths = triagePaths(root);
  for (const file of jsonlFiles(paths.corpusDir)) hash.update(relative(root, file)).update(readFileSync(file));
  for (const file of [...filesUnder(paths.lexiconDir, () => true), paths.knownWords]) hash.update(relative(root, file)).update(readFileSync(file));
  const isSource = (name: string): boolean => name.endsWith('.ts') && !name.endsWith('.test.ts') && !noEffectOnWeights.has(name);
  for (const file of filesUnder(join(root, 'src', 'triage'), isSource)) hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The files under `dir` whose name passes `include`, sorted, in sub-folders too. */
function filesUnder(dir: string, include: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path, include);
      return include(name) ? [path] : [];
    });
}
