/**
 * Trains the shipped triage model on triage/corpus/*.jsonl and writes
 * triage/model.json (never the held-out file: that is only for measuring).
 *
 *   npx tsx scripts/train-triage.ts
 *
 * Run it after changing the corpus or the feature code; a test fails while the
 * model is stale. Prints the size and whether the pruned, rounded file predicts
 * what the trained model predicts on the training lines.
 */
import { writeFileSync } from 'node:fs';
import { findProjectRoot } from '../src/config.js';
import { corpusHash } from '../src/triage/data/corpus-hash.js';
import { readCorpusDir, toTrainingLines } from '../src/triage/data/training-lines.js';
import { triagePaths } from '../src/triage/data/triage-paths.js';
import { fromModelFile, toModelFile } from '../src/triage/model/model-file.js';
import { predictStacked, trainStackedModel } from '../src/triage/model/stacked-model.js';

const root = findProjectRoot();
const paths = triagePaths(root);
const lines = toTrainingLines(readCorpusDir(paths.corpusDir));
const started = performance.now();
const model = trainStackedModel(lines);
const trainedMs = performance.now() - started;
const file = toModelFile(model, corpusHash(root));
const text = JSON.stringify(file);
writeFileSync(paths.model, `${text}\n`);
const reloaded = fromModelFile(JSON.parse(text), paths.model);
const argmax = (p: Float64Array): number => p.indexOf(Math.max(...p));
let same = 0;
for (const line of lines) {
  if (argmax(predictStacked(model, line.text, line.concepts).routes) === argmax(predictStacked(reloaded, line.text, line.concepts).routes)) same++;
}
console.log(`trained on ${lines.length} lines in ${(trainedMs / 1000).toFixed(1)} s`);
console.log(`features ${file.features.length}, file ${(text.length / 1e6).toFixed(2)} MB`);
console.log(`pruned file agrees with the trained model on ${same}/${lines.length} training lines`);
