import { describe, expect, it } from 'vitest';
import { shippedLexicon } from './shipped-lexicon.js';
import { findOccurrences } from './match.js';
import { compilePattern } from './pattern.js';
import { tokenise } from './tokens.js';

function matches(pattern: string, text: string): boolean {
  return findOccurrences(compilePattern(pattern), tokenise(text)).length > 0;
}

describe('pattern language', () => {
  it('matches exact, prefix, suffix and infix words', () => {
    expect(matches('pesten', 'pesten')).toBe(true);
    expect(matches('pesten', 'pestkop')).toBe(false);
    expect(matches('pest*', 'pestkop')).toBe(true);
    expect(matches('*vader', 'stiefvader')).toBe(true);
    expect(matches('*pest*', 'cyberpesten')).toBe(true);
  });

  it('matches participles through their ge-less form', () => {
    expect(matches('pest*', 'hij is gepest')).toBe(true);
  });

  it('matches a sequence in order with at most one word between', () => {
    expect(matches('blauwe plek*', 'blauwe plekken')).toBe(true);
    expect(matches('blauwe plek*', 'blauwe rare plekken')).toBe(true);
    expect(matches('blauwe plek*', 'blauwe hele rare plekken')).toBe(false);
    expect(matches('blauwe plek*', 'plekken blauwe')).toBe(false);
  });

  it('matches "&" parts in any order inside one sentence and window', () => {
    expect(matches('sluit* & buiten', 'ze sluiten hem steeds buiten')).toBe(true);
    expect(matches('sluit* & buiten', 'ze sluiten. hij is buiten')).toBe(false);
    expect(matches('sluit* & buiten', 'sluit een twee drie vier vijf zes buiten')).toBe(false);
  });

  it('rejects malformed words', () => {
    expect(() => compilePattern('blauw€')).toThrow();
    expect(() => compilePattern('a & ')).toThrow();
  });
});

describe('lexicon patterns', () => {
  const lexicon = shippedLexicon();
  const all = [...[...lexicon.routes.values()].flatMap((cues) => cues.map((c) => c.pattern)), ...[...lexicon.signals.values()].flat()];

  // A space binds weaker than "|": "a|b|c d" is the sequence (a|b|c) d. A long
  // alternative list inside a sequence is almost always a slip for two entries.
  it('have no long alternative list inside a sequence', () => {
    const suspicious = all
      .filter((pattern) => pattern.parts.some((sequence) => sequence.length > 1 && sequence.some((term) => term.length > 12)))
      .map((pattern) => pattern.source);
    expect(suspicious).toEqual([]);
  });
});
