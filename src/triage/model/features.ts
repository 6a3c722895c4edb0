import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { stemmer as englishStem } from '@orama/stemmers/english';
import { clauseMark, normaliseText, sentenceMark } from '../normalise-text.js';

/**
 * The statistical model's view of a text: word unigrams, word bigrams (not
 * across punctuation), the character 3- to 5-grams of each word padded with a
 * space on each side, and the concepts the lexicon found (see concepts.ts).
 * Character grams let "mishandleing", "straalbezopen" and "gymleraar" share
 * most of their features with "mishandeling", "bezopen" and "leraar", without a
 * dictionary. The first letter of a feature name is its kind.
 */

export const featureKinds = ['w', 'b', 'c', 's', 't'] as const;
export type FeatureKind = (typeof featureKinds)[number];

export const charGramSizes = [3, 4, 5] as const;

/** Feature name ("w:kind", "b:kind heeft", "c:kin", "s:harm") → how often it occurs. */
export type FeatureCounts = Map<string, number>;

/** The index in featureKinds of the kind a feature name's first letter names ("w:…" → 0), by that letter's char code. */
export function featureKindIndex(firstCharCode: number): number {
  return kindIndexByCharCode[firstCharCode] ?? -1;
}

const kindIndexByCharCode = (() => {
  const table = new Int8Array(128).fill(-1);
  featureKinds.forEach((kind, k) => {
    table[kind.charCodeAt(0)] = k;
  });
  return table;
})();

export function textFeatures(text: string, concepts: Iterable<string> = []): FeatureCounts {
  const counts: FeatureCounts = new Map();
  const add = (feature: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  walkWords(
    text,
    (word) => {
      for (const feature of cachedWordFeatures(word)) add(feature);
    },
    (previous, word) => add(bigramFeature(previous, word)),
  );
  for (const concept of concepts) add(conceptFeature(concept));
  return counts;
}

/** Each word of the normalised text in order, each followed by its bigram with the word before it (none across punctuation). */
export function walkWords(text: string, onWord: (word: string) => void, onBigram: (previous: string, word: string) => void): void {
  let previous: string | null = null;
  for (const word of normaliseText(text).split(' ')) {
    if (word === '' || word === sentenceMark || word === clauseMark) {
      previous = null;
      continue;
    }
    onWord(word);
    if (previous !== null) onBigram(previous, word);
    previous = word;
  }
}

export function bigramFeature(previous: string, word: string): string {
  return `b:${previous} ${word}`;
}

export function conceptFeature(concept: string): string {
  return `s:${concept}`;
}

/** A word's own features: the word, its Dutch and English stems, its padded character grams. */
export function wordFeatures(word: string): string[] {
  const features = [`w:${word}`];
  if (word.length > 3) features.push(`t:${dutchStem(word)}`, `t:${englishStem(word)}`);
  const padded = ` ${word} `;
  for (const size of charGramSizes) {
    for (let start = 0; start + size <= padded.length; start++) features.push(`c:${padded.slice(start, start + size)}`);
  }
  return features;
}

/** Words seen recently and their features, for training: stemming and grams are most of a line's cost, and writers reuse their words. */
const wordCache = new Map<string, readonly string[]>();
const wordCacheSize = 20_000;

function cachedWordFeatures(word: string): readonly string[] {
  const cached = wordCache.get(word);
  if (cached) return cached;
  const features = wordFeatures(word);
  if (wordCache.size >= wordCacheSize) wordCache.clear();
  wordCache.set(word, features);
  return features;
}
