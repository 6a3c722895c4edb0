import hyphenNl from 'hyphen/nl/index.js';

const { hyphenateSync } = hyphenNl;

/**
 * Readability of Dutch instruction texts (issue 19): sentence length and the
 * Flesch–Douma reading ease (Douma 1960, Flesch adapted to Dutch):
 *   206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
 * 60–70 is plain Dutch (about B1); below 50 is hard. Syllables are counted
 * with the Dutch hyphenation patterns of the `hyphen` package (TeX's nl
 * patterns), one syllable per hyphenation part.
 */
export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly wordsPerSentence: number;
  readonly longestSentence: number;
  readonly fleschDouma: number;
}

const softHyphen = '\u00ad';

/** Sentences: ended by . ! ? or a line break (a bullet is a sentence); placeholders count as one word. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\{\{[^}]+\}\}/g, 'X')
    .split(/\n|(?<=[.!?])\s+/)
    .map((s) => s.replace(/^[•\-\d.)\s]+/, '').trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

export function syllablesOf(word: string): number {
  if (!/\p{L}/u.test(word)) return 1;
  return word
    .split('-')
    .filter(Boolean)
    .reduce((n, part) => n + hyphenateSync(part.toLowerCase(), { minWordLength: 1 }).split(softHyphen).length, 0);
}

export function readabilityOf(text: string): Readability {
  const sentences = sentencesOf(text);
  const perSentence = sentences.map((s) => wordsOf(s));
  const words = perSentence.flat();
  if (words.length === 0) return { words: 0, sentences: 0, wordsPerSentence: 0, longestSentence: 0, fleschDouma: 100 };
  const syllables = words.reduce((n, w) => n + syllablesOf(w), 0);
  const wordsPerSentence = words.length / sentences.length;
  const fleschDouma = 206.84 - 0.77 * ((100 * syllables) / words.length) - 0.93 * wordsPerSentence;
  return {
    words: words.length,
    sentences: sentences.length,
    wordsPerSentence: round(wordsPerSentence),
    longestSentence: Math.max(...perSentence.map((s) => s.length)),
    fleschDouma: round(fleschDouma),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
