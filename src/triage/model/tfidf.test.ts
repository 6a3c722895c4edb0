import { describe, expect, it } from 'vitest';
import { textFeatures } from './features.js';
import { fitVectoriser, vectorise } from './tfidf.js';

const kindWeights = { w: 1, b: 0.5, c: 2, s: 0, t: 0 };

function norms(text: string, documents: string[]): Record<string, number> {
  const vectoriser = fitVectoriser(documents.map((d) => textFeatures(d)), { minDocumentFrequency: 1, kindWeights });
  const vector = vectorise(vectoriser, textFeatures(text));
  const squares: Record<string, number> = {};
  vector.indices.forEach((column, k) => {
    const kind = vectoriser.columns.nameAt(column)[0]!;
    squares[kind] = (squares[kind] ?? 0) + vector.values[k]! ** 2;
  });
  return Object.fromEntries(Object.entries(squares).map(([kind, sum]) => [kind, Math.sqrt(sum)]));
}

describe('tf-idf vectoriser', () => {
  it('normalises each feature kind to its own weight', () => {
    const result = norms('kind wordt gepest', ['kind wordt gepest', 'kind is vermist']);
    expect(result['w']).toBeCloseTo(1);
    expect(result['b']).toBeCloseTo(0.5);
    expect(result['c']).toBeCloseTo(2);
  });

  it('drops features below the document frequency and unseen features', () => {
    const documents = ['kind gepest', 'kind vermist'].map((d) => textFeatures(d));
    const vectoriser = fitVectoriser(documents, { minDocumentFrequency: 2, kindWeights });
    expect(vectoriser.columns.has('w:kind')).toBe(true);
    expect(vectoriser.columns.has('w:gepest')).toBe(false);
    expect(vectorise(vectoriser, textFeatures('zwembad')).indices.length).toBe(0);
  });

  it('weighs rare words above common ones', () => {
    const documents = ['kind gepest', 'kind vermist', 'kind ziek'].map((d) => textFeatures(d));
    const vectoriser = fitVectoriser(documents, { minDocumentFrequency: 1, kindWeights });
    expect(vectoriser.idf[vectoriser.columns.get('w:gepest')!]!).toBeGreaterThan(vectoriser.idf[vectoriser.columns.get('w:kind')!]!);
  });
});
