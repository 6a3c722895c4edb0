/** A sparse vector: feature columns (in no particular order) and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}
