import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../config.js';
import { readCorpusDir } from '../data/training-lines.js';
import { triagePaths } from '../data/triage-paths.js';
import { shippedModel } from '../shipped-model.js';
import { textFeatures } from './features.js';
import { textVector } from './stacked-model.js';
import { conceptsOfText } from './text-concepts.js';
import { vectorise } from './tfidf.js';

const root = findProjectRoot();

describe('text columns (how the server turns a message into the model vector)', () => {
  it('give bit for bit the vector of the feature names, on every held-out text, twice (cold and cached words)', () => {
    const model = shippedModel(root);
    const texts = readCorpusDir(triagePaths(root).heldoutDir).map((line) => line.text);
    texts.push('', '...', 'Ik, ik; ik. IK!', 'banana banana nanana', 'gymleraar gymleraar gymleraar zit aan een meisje');
    const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => a.length === b.length && Array.prototype.every.call(a, (x, i) => Object.is(x, b[i]));
    const differ: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts) {
        const concepts = conceptsOfText(text);
        const byNames = vectorise(model.vectoriser, textFeatures(text, concepts));
        const byColumns = textVector(model, text, concepts);
        if (!same(byColumns.indices, byNames.indices) || !same(byColumns.values, byNames.values)) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  });
});
