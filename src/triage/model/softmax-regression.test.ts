import { describe, expect, it } from 'vitest';
import { addScores, type Example, predictSoftmax, trainAveraged, trainSoftmax } from './softmax-regression.js';
import type { SparseVector } from './sparse-vector.js';

const x = (entries: Array<[number, number]>): SparseVector => ({ indices: Int32Array.from(entries, (e) => e[0]), values: Float64Array.from(entries, (e) => e[1]) });
const y = (...p: number[]): Float64Array => Float64Array.from(p);

const examples: Example[] = [
  { x: x([[0, 1]]), y: y(1, 0, 0) },
  { x: x([[0, 0.8], [3, 0.6]]), y: y(1, 0, 0) },
  { x: x([[1, 1]]), y: y(0, 1, 0) },
  { x: x([[1, 0.6], [3, 0.8]]), y: y(0, 1, 0) },
  { x: x([[2, 1]]), y: y(0, 0, 1) },
  { x: x([[3, 1]]), y: y(0.5, 0.5, 0) },
];
const base = { epochs: 50, learningRate: 0.5, l2: 1e-4, skipBelow: 0, seed: 3 };

describe.each(['sgd', 'adagrad'] as const)('softmax regression (%s)', (optimizer) => {
  const options = { ...base, optimizer };
  it('learns a separable problem', () => {
    const model = trainSoftmax(examples, 4, 3, options);
    expect([...predictSoftmax(model, x([[0, 1]]))].indexOf(Math.max(...predictSoftmax(model, x([[0, 1]]))))).toBe(0);
    expect(predictSoftmax(model, x([[2, 1]]))[2]).toBeGreaterThan(0.6);
  });

  it('learns soft targets as shared probability', () => {
    const p = predictSoftmax(trainSoftmax(examples, 4, 3, options), x([[3, 1]]));
    expect(p[0]! + p[1]!).toBeGreaterThan(0.8);
    expect(Math.abs(p[0]! - p[1]!)).toBeLessThan(0.2);
  });

  it('returns probabilities and is reproducible bit for bit', () => {
    const a = trainSoftmax(examples, 4, 3, options);
    const b = trainSoftmax(examples, 4, 3, options);
    expect(a.weights).toEqual(b.weights);
    expect(a.bias).toEqual(b.bias);
    const p = predictSoftmax(a, x([[0, 0.5], [1, 0.5]]));
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1);
  });
});

describe('the optimizer', () => {
  it('gives a weight its full step the first time it has a gradient, however small the feature value (adagrad)', () => {
    const single: Example[] = [{ x: x([[1, 0.01]]), y: y(0, 1) }];
    const model = trainSoftmax(single, 2, 2, { epochs: 1, learningRate: 0.1, l2: 0, skipBelow: 0, seed: 1, optimizer: 'adagrad' });
    // A shared decaying step would move it by 0.1 x 0.5 x 0.01; AdaGrad divides by the gradient's own size.
    expect(model.weights[1 * 2 + 1]).toBeCloseTo(0.1, 3);
    expect(model.weights[1 * 2 + 0]).toBeCloseTo(-0.1, 3);
  });

  it('moves a weight by rate x gradient x value (sgd)', () => {
    const model = trainSoftmax([{ x: x([[1, 0.01]]), y: y(0, 1) }], 2, 2, { epochs: 1, learningRate: 0.1, l2: 0, skipBelow: 0, seed: 1, optimizer: 'sgd' });
    expect(model.weights[1 * 2 + 1]).toBeCloseTo(0.1 * 0.5 * 0.01, 8);
  });
});

describe('averaged training runs', () => {
  const sgd = { ...base, optimizer: 'sgd' as const };
  const adagrad = { ...base, optimizer: 'adagrad' as const, learningRate: 0.1 };
  const scoresOf = (model: ReturnType<typeof trainSoftmax>, v: SparseVector): Float64Array => {
    const out = Float64Array.from(model.bias);
    addScores(model, v, out);
    return out;
  };

  it("score every text with the mean of the runs' scores", () => {
    const one = trainSoftmax(examples, 4, 3, sgd);
    const other = trainSoftmax(examples, 4, 3, adagrad);
    const averaged = trainAveraged(examples, 4, 3, [sgd, adagrad]);
    for (const v of [x([[0, 1]]), x([[1, 0.6], [3, 0.8]]), x([[2, 0.3], [3, 1]])]) {
      const [a, b, mean] = [scoresOf(one, v), scoresOf(other, v), scoresOf(averaged, v)];
      for (let c = 0; c < 3; c++) expect(mean[c]).toBeCloseTo((a[c]! + b[c]!) / 2, 12);
      expect([...mean]).not.toEqual([...a]);
    }
  });

  it('are the one run itself when there is one', () => {
    const averaged = trainAveraged(examples, 4, 3, [adagrad]);
    expect(averaged.weights).toEqual(trainSoftmax(examples, 4, 3, adagrad).weights);
  });

  it('need at least one run', () => {
    expect(() => trainAveraged(examples, 4, 3, [])).toThrow(/at least one training run/);
  });
});
