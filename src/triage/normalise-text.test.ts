import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text.js';

describe('normaliseText', () => {
  it.each([
    ['Conciërge', 'concierge'],
    ['BLAUWE PLEKKEN', 'blauwe plekken'],
    ['blauwe-plekken', 'blauwe plekken'],
    ['TSO-medewerker', 'tso medewerker'],
    ["naaktfoto's", 'naaktfotos'],
    ["a pupil's mother", 'a pupils mother'],
    ["she didn't tell", 'she did not tell'],
    ["I can't find him", 'i can not find him'],
    ['kind 😢 huilt', 'kind huilt'],
  ])('folds %s to %s', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('keeps sentence and clause borders as marks', () => {
    expect(normaliseText('Geen plekken, maar gepest! Wat nu?')).toBe('geen plekken , maar gepest . wat nu .');
  });

  it('survives empty and punctuation-only input', () => {
    expect(normaliseText('')).toBe('');
    expect(normaliseText('?!...')).toBe('.');
  });
});
