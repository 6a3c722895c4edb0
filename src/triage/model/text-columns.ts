import { ColumnCounter } from './column-counter.js';
import { WordMemo } from '../word-memo.js';
import type { FeatureIndex } from './feature-index.js';
import { bigramFeature, conceptFeature, walkWords, wordFeatures } from './features.js';

/**
 * A text's features as a trained model sees them (what the server does for
 * every message): the columns of the features its index knows, counted in
 * the order textFeatures meets them, so the vector comes out the same bit
 * for bit. A word's columns are kept per index, ~150 bytes a word where its
 * ~25 feature names took ~1 kB; a word seen before costs no stemming, no
 * grams and no name lookups. Training keeps using textFeatures (it needs the
 * names to choose the vocabulary). Counts into `counts` (cleared first), so
 * the server can reuse one counter for every message.
 */
export function textColumns(index: FeatureIndex, text: string, concepts: Iterable<string>, counts = new ColumnCounter()): ColumnCounter {
  counts.clear();
  const add = (column: number | undefined): void => {
    if (column !== undefined) counts.add(column);
  };
  walkWords(
    text,
    (word) => {
      for (const column of columnsOfWord(index, word)) add(column);
    },
    (previous, word) => add(index.get(bigramFeature(previous, word))),
  );
  for (const concept of concepts) add(index.get(conceptFeature(concept)));
  return counts;
}

/** A word's columns per index, at most 20,000 words (~3 MB) per index. */
const wordColumns = new WordMemo<Int32Array>(20_000);

function columnsOfWord(index: FeatureIndex, word: string): Int32Array {
  const cached = wordColumns.get(index, word);
  if (cached) return cached;
  const found: number[] = [];
  for (const feature of wordFeatures(word)) {
    const column = index.get(feature);
    if (column !== undefined) found.push(column);
  }
  const columns = Int32Array.from(found);
  wordColumns.set(index, word, columns);
  return columns;
}
