import { describe, expect, it } from 'vitest';
import { textFeatures } from './features.js';

describe('textFeatures', () => {
  it('counts words, bigrams inside a clause, padded character grams and concepts', () => {
    const features = textFeatures('Kind slaat, kind!', ['harm']);
    expect(features.get('w:kind')).toBe(2);
    expect(features.get('b:kind slaat')).toBe(1);
    expect(features.has('b:slaat kind')).toBe(false);
    expect(features.get('c: ki')).toBe(2);
    expect(features.get('c:aat ')).toBe(1);
    expect(features.get('s:harm')).toBe(1);
  });

  it('lets a typo and a compound share most character grams with the word', () => {
    const grams = (text: string): Set<string> => new Set([...textFeatures(text).keys()].filter((f) => f.startsWith('c:')));
    const shared = (a: string, b: string): number => [...grams(a)].filter((g) => grams(b).has(g)).length / grams(a).size;
    expect(shared('mishandleing', 'mishandeling')).toBeGreaterThan(0.5);
    expect(shared('bezopen', 'straalbezopen')).toBeGreaterThan(0.7);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(textFeatures('').size).toBe(0);
    expect(textFeatures('?!...').size).toBe(0);
  });
});
