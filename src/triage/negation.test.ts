import { describe, expect, it } from 'vitest';
import { isNegated, negationScopes } from './negation.js';
import { tokenise } from './tokens.js';

/** The words of `text` that a negator covers. */
function negatedWords(text: string): string[] {
  const tokens = tokenise(text);
  const scopes = negationScopes(tokens);
  return tokens.filter((_, i) => scopes[i]! >= 0).map((t) => t.text);
}

describe('negation scope', () => {
  it('covers the next few words of its clause', () => {
    expect(negatedWords('geen blauwe plekken gezien')).toEqual(['blauwe', 'plekken', 'gezien']);
  });

  it('stops at a contrast ("maar", "but", "wel") and at a comma', () => {
    expect(negatedWords('geen blauwe plekken maar hij wordt gepest')).toEqual(['blauwe', 'plekken']);
    expect(negatedWords('hij wordt niet gepest, zijn vader slaat hem')).toEqual(['gepest']);
    expect(negatedWords('no bruises but he is bullied')).toEqual(['bruises']);
    expect(negatedWords('ik heb niets gezien maar ze vertelde het')).toEqual(['gezien']);
  });

  it('is limited to four words', () => {
    expect(negatedWords('niet een twee drie vier vijf')).toEqual(['een', 'twee', 'drie', 'vier']);
  });

  it('lets a clause-final "niet" cover the verb before it', () => {
    expect(negatedWords('hij slaat haar niet')).toEqual(['hij', 'slaat', 'haar']);
  });

  it('ignores hedges that negate nothing', () => {
    expect(negatedWords('geen idee wat dit is')).toEqual([]);
    expect(negatedWords('ik weet niet of hij geslagen wordt')).toEqual([]);
    expect(negatedWords('not sure if she is hurt')).toEqual([]);
    expect(negatedWords('niet alleen gepest maar ook geslagen')).toEqual([]);
  });

  it("expands English contractions into a negator: didn't", () => {
    expect(negatedWords("he didn't hit her")).toEqual(['hit', 'her']);
  });

  it('does not cancel a pattern that contains its own negator', () => {
    const tokens = tokenise('kind durft niet naar huis');
    const scopes = negationScopes(tokens);
    expect(isNegated([1, 2, 3, 4], scopes)).toBe(false);
    expect(isNegated([3, 4], scopes)).toBe(true);
  });
});
