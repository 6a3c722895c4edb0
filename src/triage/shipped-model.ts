import { readFileSync } from 'node:fs';
import { findProjectRoot } from '../config.js';
import { triagePaths } from './data/triage-paths.js';
import { readModelCache, writeModelCache } from './model/model-cache.js';
import { interleave } from './model/interleaved.js';
import { fromModelFile, ModelFileError } from './model/model-file.js';
import type { StackedModel } from './model/stacked-model.js';

let model: StackedModel | undefined;

/**
 * The model trained by scripts/train-triage.ts from triage/corpus, read once
 * per process (no training at boot): from the model cache when model.json and
 * the code are unchanged (`npm run build` writes it), else from model.json
 * (and into the cache). Its linear models share one table (model/interleaved.ts).
 */
export function shippedModel(root?: string): StackedModel {
  // The project root only when the model is read: triage runs on every message, and finding the root costs file-system calls.
  if (!model) {
    const at = root ?? findProjectRoot();
    model = readModelCache(at) ?? modelFromFile(at);
  }
  return model;
}

function modelFromFile(root: string): StackedModel {
  const loadStartedAt = Date.now();
  const file = triagePaths(root).model;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ModelFileError(`${file}: cannot read the triage model (${(error as Error).message}); run: npx tsx scripts/train-triage.ts`);
  }
  const loaded = interleave(fromModelFile(JSON.parse(text), file));
  writeModelCache(root, loaded, loadStartedAt);
  return loaded;
}
