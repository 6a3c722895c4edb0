/** A sparse vector: feature columns (ascending) and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}
