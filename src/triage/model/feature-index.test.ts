import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureIndex, FeatureIndexError } from './feature-index.js';

describe('feature index', () => {
  it('answers what a Map of the same names answers, for names in it and names not in it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !s.includes('\n')), { maxLength: 200 }), fc.array(fc.string({ maxLength: 12 })), (names, others) => {
        const index = FeatureIndex.fromNames(names);
        const map = new Map(names.map((name, column) => [name, column]));
        expect(index.size).toBe(names.length);
        for (const name of [...names, ...others]) expect(index.get(name)).toBe(map.get(name));
        expect(names.map((_, column) => index.nameAt(column))).toEqual(names);
        const again = FeatureIndex.fromJoined(index.joinedNames(), names.length);
        for (const name of [...names, ...others]) expect(again.get(name)).toBe(map.get(name));
      }),
    );
  });

  it('keeps a name and its prefixes and extensions apart', () => {
    const index = FeatureIndex.fromNames(['c:kin', 'c:ki', 'c:kind', 'b:kind heeft', 'w:kind']);
    expect([index.get('c:ki'), index.get('c:kin'), index.get('c:kind'), index.get('c:k'), index.get('c:kinde'), index.get('w:kind')]).toEqual([1, 0, 2, undefined, undefined, 4]);
  });

  it('refuses names it cannot keep, and a joined list with the wrong count, naming what is wrong', () => {
    expect(() => FeatureIndex.fromNames(['w:a', 'w:b', 'w:a'])).toThrow(FeatureIndexError);
    expect(() => FeatureIndex.fromNames(['w:a', 'w:b', 'w:a'])).toThrow(/'w:a' occurs twice/);
    expect(() => FeatureIndex.fromNames(['w:a\nb'])).toThrow(/line break/);
    expect(() => FeatureIndex.fromJoined('w:a\nw:b', 3)).toThrow(/2 feature names for 3 columns/);
    expect(() => FeatureIndex.fromJoined('w:a\nw:b\nw:c', 2)).toThrow(/3 feature names for 2 columns/);
    expect(FeatureIndex.fromJoined('', 0).get('')).toBeUndefined();
  });
});
