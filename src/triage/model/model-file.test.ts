import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { corpusHash } from '../data/corpus-hash.js';
import { triagePaths } from '../data/triage-paths.js';
import { modelClasses } from './classes.js';
import { fromModelFile, ModelFileError, toModelFile } from './model-file.js';
import { predictSoftmax } from './softmax-regression.js';
import { oneHot, predictStacked, routesGivenFacets, type StackedOptions, stackedOptions, trainStackedModel } from './stacked-model.js';

const root = findProjectRoot();

const lines = [
  { text: 'vader slaat hem, vertelde de jongen', concepts: [], expect: ['disclosure'], facets: { actor: 'household', source: 'told-by-pupil' } },
  { text: 'de conciërge zit aan een meisje', concepts: [], expect: ['misbruik-door-personeel'], facets: { actor: 'staff', source: 'observed' } },
  { text: 'blauwe plekken gezien bij gym', concepts: [], expect: ['meldcode'], facets: { actor: 'unknown', source: 'observed' } },
  { text: 'hoe laat is de vergadering', concepts: [], expect: ['onduidelijk'], facets: { actor: 'none', source: 'none' } },
];
const small: StackedOptions = { ...stackedOptions, facetNames: ['actor', 'source'], folds: 2, vectoriser: { ...stackedOptions.vectoriser, minDocumentFrequency: 1 } };

describe('triage model file', () => {
  it('is in step with the corpus and the feature code (else: npx tsx scripts/train-triage.ts)', () => {
    const file = JSON.parse(readFileSync(triagePaths(root).model, 'utf8')) as { corpusHash: string };
    expect(file.corpusHash).toBe(corpusHash(root));
  });

  it('predicts after a round trip what the trained model predicts', () => {
    const model = trainStackedModel(lines, small);
    const reloaded = fromModelFile(JSON.parse(JSON.stringify(toModelFile(model, 'test'))), 'memory');
    const best = (p: Float64Array): string => modelClasses[p.indexOf(Math.max(...p))]!;
    for (const line of lines) {
      expect(best(predictStacked(reloaded, line.text, []).routes)).toBe(best(predictStacked(model, line.text, []).routes));
    }
    expect(reloaded.facets.map((f) => f.name)).toEqual(['actor', 'source']);
  });

  it('names the file and what is wrong when it does not fit', () => {
    expect(() => fromModelFile({ format: 2 }, 'triage/model.json')).toThrow(ModelFileError);
    expect(() => fromModelFile({ format: 2 }, 'triage/model.json')).toThrow(/triage\/model\.json: corpusHash/);
    const file = toModelFile(trainStackedModel(lines, small), 'test');
    expect(() => fromModelFile({ ...file, format: 1 }, 'old.json')).toThrow(/old\.json: format: .*train-triage/);
    expect(() => fromModelFile({ ...file, classes: ['pesten'] }, 'x.json')).toThrow(/x\.json: trained for routes pesten/);
    expect(() => fromModelFile({ ...file, features: file.features.slice(0, file.features.lastIndexOf('\n')) }, 'y.json')).toThrow(
      /y\.json: features: \d+ feature names for \d+ columns/,
    );
  });
});

describe('stacked model: re-scoring with a facet fixed', () => {
  it('adds only the facet columns to the text scores, and gets exactly what scoring the whole vector gets', () => {
    const model = trainStackedModel(lines, small);
    const width = model.vectoriser.idf.length;
    for (const line of [...lines.map((l) => l.text), 'de stiefvader van een meisje uit groep 6 zit aan haar']) {
      const prediction = predictStacked(model, line, []);
      for (let v = 0; v < model.facets[0]!.values.length; v++) {
        const fixed = prediction.facets.map((p, i) => (i === 0 ? oneHot(p.length, v) : p));
        // The whole vector, as training sees it: the text columns, then every facet's probabilities.
        const facetValues = fixed.flatMap((p) => [...p].map((value) => value * model.facetWeight));
        const whole = {
          indices: Int32Array.from([...prediction.x.indices, ...facetValues.map((_, j) => width + j)]),
          values: Float64Array.from([...prediction.x.values, ...facetValues]),
        };
        expect(routesGivenFacets(model, prediction.textScores, fixed)).toEqual(predictSoftmax(model.route, whole));
      }
    }
  });
});
