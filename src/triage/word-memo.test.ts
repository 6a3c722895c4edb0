import { describe, expect, it } from 'vitest';
import { WordMemo } from './word-memo.js';

describe('word memo', () => {
  it('remembers a word per owner: another owner (another lexicon or index) does not see it', () => {
    const memo = new WordMemo<number>(10);
    const lexicon = {};
    const other = {};
    memo.set(lexicon, 'vader', 1);
    expect(memo.get(lexicon, 'vader')).toBe(1);
    expect(memo.get(other, 'vader')).toBeUndefined();
  });

  it('starts again when an owner has as many words as its bound', () => {
    const memo = new WordMemo<number>(2);
    const owner = {};
    memo.set(owner, 'a', 1);
    memo.set(owner, 'b', 2);
    memo.set(owner, 'c', 3);
    expect([memo.get(owner, 'a'), memo.get(owner, 'b'), memo.get(owner, 'c')]).toEqual([undefined, undefined, 3]);
  });
});
