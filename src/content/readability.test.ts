import { describe, expect, it } from 'vitest';
import { readabilityOf, sentencesOf, syllablesOf } from './readability.js';

describe('Dutch readability', () => {
  it('counts syllables with the Dutch hyphenation patterns', () => {
    expect(syllablesOf('bel')).toBe(1);
    expect(syllablesOf('ouders')).toBe(2);
    expect(syllablesOf('verzorgers')).toBe(3);
    expect(syllablesOf('onveiligheid')).toBe(4);
    expect(syllablesOf('112')).toBe(1);
  });

  it('splits sentences at . ! ? and at line breaks (bullets), placeholders as one word', () => {
    expect(sentencesOf('Bel nu {{contact.politie-112.phone}}. Twijfel je?\n• Waarschuw de directeur')).toEqual(['Bel nu X.', 'Twijfel je?', 'Waarschuw de directeur']);
  });

  it('Flesch–Douma: short plain sentences score high, one long nested sentence low', () => {
    const plain = readabilityOf('Bel nu 112. Waarschuw de directeur. Schrijf op wat je zag.');
    const hard = readabilityOf(
      'Volgens de meldcode wordt bij acute en/of structurele onveiligheid of bij twijfel direct, telefonisch en eventueel anoniem, melding gedaan bij Veilig Thuis, waarbij de intern begeleider in samenspraak met de directeur handelt.',
    );
    expect(plain.wordsPerSentence).toBeLessThan(5);
    expect(plain.fleschDouma).toBeGreaterThan(80);
    expect(hard.wordsPerSentence).toBeGreaterThan(30);
    expect(hard.fleschDouma).toBeLessThan(30);
  });
});
