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

  it('does not end a sentence at an initial or an abbreviation', () => {
    expect(normaliseText('meester R. zat aan haar')).toBe('meester r zat aan haar');
    expect(normaliseText('S.d.V. wordt gepest. Wat nu?')).toBe('sdv wordt gepest . wat nu .');
  });

  it('survives empty and punctuation-only input', () => {
    expect(normaliseText('')).toBe('');
    expect(normaliseText('?!...')).toBe('.');
  });
});
