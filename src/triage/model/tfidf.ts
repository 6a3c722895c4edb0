import { ColumnCounter } from './column-counter.js';
import { FeatureIndex } from './feature-index.js';
import { type FeatureCounts, type FeatureKind, featureKindIndex, featureKinds } from './features.js';
import type { SparseVector } from './sparse-vector.js';

/**
 * TF-IDF with sublinear term frequency (1 + ln tf) and smoothed idf. Each
 * feature kind (words, bigrams, character grams) is L2-normalised on its own
 * and then weighted, so the many character grams do not drown the few words.
 */
export interface Vectoriser {
  /** Feature name → column. */
  readonly columns: FeatureIndex;
  readonly idf: Float64Array;
  readonly kindWeights: Readonly<Record<FeatureKind, number>>;
}

export interface VectoriserOptions {
  /** A feature must occur in at least this many training texts. */
  readonly minDocumentFrequency: number;
  readonly kindWeights: Readonly<Record<FeatureKind, number>>;
}

export function fitVectoriser(documents: readonly FeatureCounts[], options: VectoriserOptions): Vectoriser {
  const frequency = new Map<string, number>();
  for (const document of documents) for (const feature of document.keys()) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  const kept = [...frequency.entries()].filter(([, df]) => df >= options.minDocumentFrequency).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const idf = Float64Array.from(kept, ([, df]) => Math.log((1 + documents.length) / (1 + df)) + 1);
  return { columns: FeatureIndex.fromNames(kept.map(([feature]) => feature)), idf, kindWeights: options.kindWeights };
}

export function vectorise(vectoriser: Vectoriser, counts: FeatureCounts): SparseVector {
  const columns = new ColumnCounter();
  for (const [feature, tf] of counts) {
    const column = vectoriser.columns.get(feature);
    if (column !== undefined) columns.add(column, tf);
  }
  return vectoriseColumns(vectoriser, columns);
}

/** The same from counts by column (textColumns), in their order. */
export function vectoriseColumns(vectoriser: Vectoriser, counts: ColumnCounter): SparseVector {
  const indices = new Int32Array(counts.size);
  const values = new Float64Array(counts.size);
  const kinds = new Uint8Array(counts.size);
  const squares = new Float64Array(featureKinds.length);
  let n = 0;
  for (let i = 0; i < counts.size; i++) {
    const column = counts.column(i);
    const tf = counts.count(i);
    const kind = featureKindIndex(vectoriser.columns.firstCharCodeAt(column));
    const value = (1 + Math.log(tf)) * vectoriser.idf[column]!;
    squares[kind]! += value * value;
    indices[n] = column;
    values[n] = value;
    kinds[n++] = kind;
  }
  const scale = featureKinds.map((kind, k) => (squares[k]! > 0 ? vectoriser.kindWeights[kind] / Math.sqrt(squares[k]!) : 0));
  for (let i = 0; i < n; i++) values[i]! *= scale[kinds[i]!]!;
  return { indices: indices.subarray(0, n), values: values.subarray(0, n) };
}

