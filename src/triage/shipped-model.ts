import { readFileSync } from 'node:fs';
import { findProjectRoot } from '../config.js';
import { triagePaths } from './data/triage-paths.js';
import { fromModelFile, ModelFileError } from './model/model-file.js';
import type { StackedModel } from './model/stacked-model.js';

let model: StackedModel | undefined;

/**
 * The model trained by scripts/train-triage.ts from triage/corpus, read from
 * triage/model.json once per process (milliseconds: no training at boot).
 */
export function shippedModel(root: string = findProjectRoot()): StackedModel {
  if (model) return model;
  const file = triagePaths(root).model;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ModelFileError(`${file}: cannot read the triage model (${(error as Error).message}); run: npx tsx scripts/train-triage.ts`);
  }
  model = fromModelFile(JSON.parse(text), file);
  return model;
}
