import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jsonlFiles, triagePaths } from './triage-paths.js';

/**
 * What the shipped model depends on: the training corpus and the code that
 * turns text into features and features into weights. Files that only decide
 * between already computed probabilities are left out, so tuning a decision
 * threshold does not force a retrain.
 */
const decisionOnly = new Set(['triage.ts', 'route-decision.ts', 'shipped-model.ts', 'ambiguity.ts']);

export function corpusHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of jsonlFiles(triagePaths(root).corpusDir)) hash.update(relative(root, file)).update(readFileSync(file));
  for (const file of sourceFiles(join(root, 'src', 'triage'))) hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.test.ts') && !decisionOnly.has(name) ? [path] : [];
    });
}
