import { seededRandom, shuffled } from './seeded-random.js';
import type { SparseVector } from './sparse-vector.js';

/**
 * Multinomial logistic regression (softmax) with L2 regularisation, trained by
 * stochastic gradient descent (plain, or AdaGrad: TrainOptions.optimizer) over
 * a seeded shuffle of the examples. Deterministic, no library. Weights are
 * stored feature-major (`weights[feature * classes + class]`) so that scoring
 * a sparse text reads contiguous memory.
 */
export interface LinearModel {
  readonly classes: number;
  readonly features: number;
  /** A trained model holds doubles; a model read from its file keeps the file's signed bytes (8x less memory). */
  readonly weights: Float64Array | Int8Array;
  /** Weight = weights[i] x weightScale (1 for doubles). */
  readonly weightScale: number;
  readonly bias: Float64Array;
  /**
   * Where the weights sit when several models share one table (interleaved.ts): a feature's row is
   * `stride` weights long and this model's classes start at `offset` in it. Absent: a table of its own.
   */
  readonly layout?: TableLayout;
}

export interface TableLayout {
  readonly stride: number;
  readonly offset: number;
}

export interface Example {
  readonly x: SparseVector;
  /** Target distribution over the classes (sums to 1): an example with two acceptable routes puts 0.5 on each. */
  readonly y: Float64Array;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty (lambda in lambda/2 |w|^2): on every weight each step (sgd), on the weights an example touches (adagrad). */
  readonly l2: number;
  /** Gradients smaller than this (per class and example) are not applied. */
  readonly skipBelow: number;
  readonly seed: number;
  /**
   * 'sgd': one step size for all weights, decaying over the run. 'adagrad': each weight's step is the
   * rate over the root of its own squared gradients so far, so a word few lines use still learns while
   * common ones settle; its L2 pull applies to the weights an example touches.
   */
  readonly optimizer: 'sgd' | 'adagrad';
}

/** Added under AdaGrad's root so a weight's first step is defined. */
const noDivisionByZero = 1e-8;

export function trainSoftmax(examples: readonly Example[], features: number, classes: number, options: TrainOptions): LinearModel {
  return options.optimizer === 'sgd' ? trainSgd(examples, features, classes, options) : trainAdagrad(examples, features, classes, options);
}

/**
 * One model from several training runs, their weights and biases averaged. A
 * class score is linear in the weights, so the averaged model scores every
 * text with the mean of the runs' scores: an ensemble for the cost of one
 * model. Runs that settle differently (plain SGD shrinks all weights alike,
 * AdaGrad gives a rare word full steps) make up for part of each other's errors.
 */
export function trainAveraged(examples: readonly Example[], features: number, classes: number, runs: readonly TrainOptions[]): LinearModel {
  if (runs.length === 0) throw new RangeError('trainAveraged needs at least one training run');
  const models = runs.map((options) => trainSoftmax(examples, features, classes, options));
  if (models.length === 1) return models[0]!;
  const weights = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  for (const model of models) {
    for (let i = 0; i < weights.length; i++) weights[i]! += model.weights[i]! / models.length;
    for (let c = 0; c < classes; c++) bias[c]! += model.bias[c]! / models.length;
  }
  return { classes, features, weights, weightScale: 1, bias };
}

function trainAdagrad(examples: readonly Example[], features: number, classes: number, options: TrainOptions): LinearModel {
  const weights = new Float64Array(features * classes);
  const squares = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  const biasSquares = new Float64Array(classes);
  const next = seededRandom(options.seed);
  const p = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of shuffled(examples, next)) {
      scores(weights, bias, example.x, classes, 1, p);
      softmaxInPlace(p);
      const { indices, values } = example.x;
      for (let c = 0; c < classes; c++) {
        const gradient = p[c]! - example.y[c]!;
        // A class already predicted within this margin would barely move: skipping it makes training several times faster.
        if (Math.abs(gradient) < options.skipBelow) continue;
        biasSquares[c]! += gradient * gradient;
        bias[c]! -= (options.learningRate * gradient) / Math.sqrt(biasSquares[c]! + noDivisionByZero);
        for (let k = 0; k < indices.length; k++) {
          const at = indices[k]! * classes + c;
          const g = gradient * values[k]! + options.l2 * weights[at]!;
          squares[at]! += g * g;
          weights[at]! -= (options.learningRate * g) / Math.sqrt(squares[at]! + noDivisionByZero);
        }
      }
    }
  }
  return { classes, features, weights, weightScale: 1, bias };
}

function trainSgd(examples: readonly Example[], features: number, classes: number, options: TrainOptions): LinearModel {
  const weights = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  const next = seededRandom(options.seed);
  const p = new Float64Array(classes);
  // The L2 shrink applies to all weights every step; keep it as one factor (true weights = scale * stored).
  let scale = 1;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of shuffled(examples, next)) {
      const rate = options.learningRate / (1 + options.learningRate * options.l2 * step++);
      scale *= 1 - rate * options.l2;
      scores(weights, bias, example.x, classes, scale, p);
      softmaxInPlace(p);
      const { indices, values } = example.x;
      for (let c = 0; c < classes; c++) {
        const gradient = p[c]! - example.y[c]!;
        // A class already predicted within this margin would barely move: skipping it makes training several times faster.
        if (Math.abs(gradient) < options.skipBelow) continue;
        bias[c]! -= rate * gradient;
        const update = (rate * gradient) / scale;
        for (let k = 0; k < indices.length; k++) weights[indices[k]! * classes + c]! -= update * values[k]!;
      }
      if (scale < 1e-6) {
        for (let i = 0; i < weights.length; i++) weights[i]! *= scale;
        scale = 1;
      }
    }
  }
  for (let i = 0; i < weights.length; i++) weights[i]! *= scale;
  return { classes, features, weights, weightScale: 1, bias };
}

/** Class probabilities for one text. */
export function predictSoftmax(model: LinearModel, x: SparseVector): Float64Array {
  const p = new Float64Array(model.classes);
  p.set(model.bias);
  addScores(model, x, p);
  return softmaxInPlace(p);
}

/**
 * Adds x's part of the class scores to `out` (no bias). Scoring in parts,
 * in the order of x's columns, adds up exactly what one call over all the
 * columns would.
 */
export function addScores(model: LinearModel, x: SparseVector, out: Float64Array): void {
  const { stride, offset } = model.layout ?? { stride: model.classes, offset: 0 };
  addColumns(model.weights, x, model.classes, model.weightScale, out, stride, offset);
}

/** Training's class scores: bias plus x's columns, the weights times `scale` (SGD keeps its L2 shrink as one factor; AdaGrad passes 1). */
function scores(weights: Float64Array, bias: Float64Array, x: SparseVector, classes: number, scale: number, out: Float64Array): void {
  out.set(bias);
  addColumns(weights, x, classes, scale, out, classes, 0);
}

function addColumns(weights: Float64Array | Int8Array, x: SparseVector, classes: number, scale: number, out: Float64Array, stride: number, offset: number): void {
  for (let k = 0; k < x.indices.length; k++) {
    const row = x.indices[k]! * stride + offset;
    const value = x.values[k]! * scale;
    for (let c = 0; c < classes; c++) out[c]! += value * weights[row + c]!;
  }
}

/** Class scores to probabilities, in place. */
export function softmaxInPlace(p: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of p) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < p.length; c++) {
    p[c] = Math.exp(p[c]! - max);
    sum += p[c]!;
  }
  for (let c = 0; c < p.length; c++) p[c]! /= sum;
  return p;
}

