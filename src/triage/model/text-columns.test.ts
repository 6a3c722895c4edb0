import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../../test/helpers/fuzz-runs.js';
import { findProjectRoot } from '../../config.js';
import { readCorpusDir } from '../data/training-lines.js';
import { triagePaths } from '../data/triage-paths.js';
import { shippedModel } from '../shipped-model.js';
import { textFeatures } from './features.js';
import { textVector } from './stacked-model.js';
import { conceptsOfText } from './text-concepts.js';
import { vectorise } from './tfidf.js';

const root = findProjectRoot();

const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => a.length === b.length && Array.prototype.every.call(a, (x, i) => Object.is(x, b[i]));

/** Whether the server's column path and training's name path give the same vector for a text. */
function sameVector(text: string): boolean {
  const model = shippedModel(root);
  const concepts = conceptsOfText(text);
  const byNames = vectorise(model.vectoriser, textFeatures(text, concepts));
  const byColumns = textVector(model, text, concepts);
  return same(byColumns.indices, byNames.indices) && same(byColumns.values, byNames.values);
}

describe('text columns (how the server turns a message into the model vector)', () => {
  it('give bit for bit the vector of the feature names, on every held-out text, twice (cold and cached words)', () => {
    const texts = readCorpusDir(triagePaths(root).heldoutDir).map((line) => line.text);
    texts.push('', '...', 'Ik, ik; ik. IK!', 'banana banana nanana', 'gymleraar gymleraar gymleraar zit aan een meisje');
    const differ: string[] = [];
    for (let pass = 0; pass < 2; pass++) for (const text of texts) if (!sameVector(text)) differ.push(text);
    expect(differ).toEqual([]);
  });

  it('give the same vector for any text: known words, punctuation, typos and any Unicode mixed', () => {
    const known = ['vader', 'slaat', 'hem', 'de', 'conciërge', 'zit', 'aan', 'meisje', 'gr5', 'll', 'blauwe', 'plekken', 'niet', 'naar', 'huis', 'dad', 'hits', 'me'];
    const piece = fc.oneof(fc.constantFrom(...known), fc.constantFrom(' ', ', ', '. ', '!', '?', '\n', ' -- '), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => sameVector(pieces.join(' '))),
      { numRuns: fuzzRuns(300) },
    );
  });
});
