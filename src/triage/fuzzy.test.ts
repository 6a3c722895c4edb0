import { describe, expect, it } from 'vitest';
import { compiledTriage } from './compiled.js';
import { allowedEdits, buildVocabulary, corrections, isTypoOf, typoDistance } from './fuzzy.js';

describe('typo distance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(typoDistance('pseten', 'pesten')).toBe(1);
    expect(typoDistance('bedriegd', 'bedreigd')).toBe(1);
    expect(typoDistance('pesten', 'pesten')).toBe(0);
    expect(typoDistance('abcd', 'badc')).toBeGreaterThan(1);
  });

  it('allows one edit from five letters and two from nine', () => {
    expect(allowedEdits('pest', 'pesf')).toBe(0);
    expect(allowedEdits('gepest', 'gepst')).toBe(1);
    expect(allowedEdits('mishandeling', 'mishandelng')).toBe(2);
  });

  it('requires the same first letter', () => {
    expect(isTypoOf('gepst', 'gepest')).toBe(true);
    expect(isTypoOf('wears', 'swear')).toBe(false);
    expect(isTypoOf('pesten', 'pesten')).toBe(false);
  });
});

describe('corrections', () => {
  const vocabulary = compiledTriage().vocabulary;

  it('are remembered per vocabulary: the same typo reads differently in another one', () => {
    const exact = (text: string) => buildVocabulary([{ kind: 'exact', text, key: `exact:${text}` }], []);
    expect(corrections('gepst', exact('gepest'))).toEqual(['gepest']);
    expect(corrections('gepst', exact('gepast'))).toEqual(['gepast']);
  });

  it.each([
    ['gepst', 'gepest'],
    ['mishandelng', 'mishandeling'],
    ['vermisd', 'vermist'],
    ['overleeden', 'overleden'],
    ['naaktfotoos', 'naaktfotos'],
  ])('reads %s as %s', (typo, intended) => {
    expect(corrections(typo, vocabulary)).toContain(intended);
  });

  it.each(['staat', 'naast', 'vaker', 'scheiden', 'wears', 'gewoon'])('leaves the ordinary word %s alone', (word) => {
    expect(corrections(word, vocabulary)).toEqual([]);
  });

  it('never corrects short words or numbers', () => {
    expect(corrections('pst', vocabulary)).toEqual([]);
    expect(corrections('12345', vocabulary)).toEqual([]);
  });
});
