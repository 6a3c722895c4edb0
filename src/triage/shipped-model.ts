import { evidenceOf } from './analyse.js';
import { trainingCorpus } from './corpus/index.js';
import { conceptsOf } from './model/concepts.js';
import { type TrainingText, type TriageModel, trainTriageModel } from './model/triage-model.js';

let model: TriageModel | undefined;

/**
 * The model trained on the whole corpus, once per process, on first use
 * (under a second; deterministic: seeded order, no clock, no I/O).
 * Training at start-up instead of shipping weights keeps the repository free of
 * a large generated blob and the model always in step with the corpus, the
 * feature code and the lexicon's concepts.
 */
export function shippedModel(): TriageModel {
  model ??= trainTriageModel(trainingCorpus.map(([text, expect]): TrainingText => ({ text, expect, concepts: conceptsOf(evidenceOf(text)) })));
  return model;
}
