import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { triagePaths } from '../data/triage-paths.js';
import { interleave, sharedScoring } from './interleaved.js';
import { fromModelFile } from './model-file.js';
import { predictStacked, trainStackedModel } from './stacked-model.js';

const path = triagePaths(findProjectRoot()).model;
const fromFile = fromModelFile(JSON.parse(readFileSync(path, 'utf8')), path);
const interleaved = interleave(fromFile);

const texts = readFileSync('test/fixtures/eval/triage-dev.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('interleaved model', () => {
  it('puts the six linear models in one table, each model at its own offset', () => {
    const models = [...interleaved.facets.map((facet) => facet.linear), interleaved.route];
    const table = sharedScoring(interleaved)!;
    expect(table).not.toBeNull();
    expect(table.models).toEqual(models);
    expect([...table.offsets]).toEqual(models.map((linear) => linear.layout!.offset));
    expect(table.stride).toBe(models.reduce((sum, linear) => sum + linear.classes, 0));
    expect(models.map((linear) => linear.layout!.offset)).toEqual(models.map((_, m) => models.slice(0, m).reduce((sum, linear) => sum + linear.classes, 0)));
    // A weight read through the layout is the weight of the model's own table.
    const route = fromFile.route.weights;
    const row = 1_234;
    const c = 5;
    expect(table.table[row * table.stride + interleaved.route.layout!.offset + c]).toBe(route[row * fromFile.route.classes + c]);
  });

  it('predicts bit for bit what the separate models predict', () => {
    for (const text of texts) {
      const one = predictStacked(interleaved, text, ['harm', 'family']);
      const six = predictStacked(fromFile, text, ['harm', 'family']);
      expect([...one.routes], text).toEqual([...six.routes]);
      expect([...one.textScores], text).toEqual([...six.textScores]);
      expect(one.facets.map((f) => [...f]), text).toEqual(six.facets.map((f) => [...f]));
    }
  });

  it('leaves a model alone that has no file weights (a model just trained) or is interleaved already', () => {
    const trained = trainStackedModel(
      texts.slice(0, 12).map((text, i) => ({ text, concepts: [], expect: [i % 2 ? 'pesten' : 'meldcode'], facets: { actor: 'pupil', victim: 'pupil', source: 'observed', time: 'now', harm: 'none' } })),
    );
    expect(interleave(trained)).toBe(trained);
    expect(sharedScoring(trained)).toBeNull();
    expect(interleave(interleaved)).toBe(interleaved);
    expect(sharedScoring(fromFile)).toBeNull();
  });
});
