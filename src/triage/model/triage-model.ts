import { modelClasses } from './classes.js';
import { textFeatures } from './features.js';
import { type Example, type LinearModel, predictSoftmax, type TrainOptions, trainSoftmax } from './softmax-regression.js';
import { fitVectoriser, type Vectoriser, type VectoriserOptions, vectorise } from './tfidf.js';

/** Vectoriser plus linear model: a text and its concepts in, a probability per class (modelClasses order) out. */
export interface TriageModel {
  readonly vectoriser: Vectoriser;
  readonly linear: LinearModel;
}

/** A training text: its concepts and every acceptable class (route id or 'onduidelijk'). */
export interface TrainingText {
  readonly text: string;
  readonly concepts: readonly string[];
  readonly expect: readonly string[];
}

export interface TriageModelOptions {
  readonly vectoriser: VectoriserOptions;
  readonly training: TrainOptions;
}

/** Chosen on cross-validation runs (scripts/eval-triage-cv.ts reports them); neighbouring settings differ by noise only. */
export const defaultModelOptions: TriageModelOptions = {
  vectoriser: { minDocumentFrequency: 1, kindWeights: { w: 0.5, b: 0.3, c: 1.5, s: 0.5 } },
  training: { epochs: 15, learningRate: 0.5, l2: 1e-4, skipBelow: 1e-3, seed: 1 },
};

export function trainTriageModel(texts: readonly TrainingText[], options: TriageModelOptions = defaultModelOptions): TriageModel {
  const counts = texts.map((t) => textFeatures(t.text, t.concepts));
  const vectoriser = fitVectoriser(counts, options.vectoriser);
  const examples: Example[] = texts.map((t, i) => ({ x: vectorise(vectoriser, counts[i]!), y: targetOf(t.expect) }));
  const linear = trainSoftmax(examples, vectoriser.idf.length, modelClasses.length, options.training);
  return { vectoriser, linear };
}

/** Probabilities in the order of modelClasses. */
export function predictClasses(model: TriageModel, text: string, concepts: readonly string[]): Float64Array {
  return predictSoftmax(model.linear, vectorise(model.vectoriser, textFeatures(text, concepts)));
}

/** An example with two acceptable routes puts half its weight on each. */
function targetOf(expect: readonly string[]): Float64Array {
  const y = new Float64Array(modelClasses.length);
  const known = expect.map((route) => modelClasses.indexOf(route)).filter((index) => index >= 0);
  if (known.length === 0) throw new Error(`no known class in ${JSON.stringify(expect)}`);
  for (const index of known) y[index]! += 1 / known.length;
  return y;
}
