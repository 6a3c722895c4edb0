/**
 * Feature name → column, for the ~100,000 names of a trained model, kept in
 * three flat blocks instead of a Map of 100,000 strings: the names joined by
 * "\n" in one string, where each name starts (Uint32Array), and an
 * open-addressing hash table of columns (Int32Array). A lookup hashes the
 * name and compares it with the stored one, so it answers exactly what a Map
 * would. Why: the Map and its strings were ~7 MB of small heap objects that
 * every major GC walks, and building them from the model file held ~30 MB of
 * heap the process never gave back (measured in the issue 17 note).
 */
export class FeatureIndex {
  /** Number of features (columns 0 … size-1). */
  readonly size: number;
  private readonly joined: string;
  /** starts[c] is where column c's name begins in `joined`; starts[size] is joined.length + 1. */
  private readonly starts: Uint32Array;
  /** Column + 1 per slot; 0 = empty. Its length is a power of two, at least twice `size`. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `slots`: the table as `parts()` gave it (checked by `fromParts`); without it the table is built here. */
  private constructor(joined: string, starts: Uint32Array, slots?: Int32Array) {
    this.joined = joined;
    this.starts = starts;
    this.size = starts.length - 1;
    this.slots = slots ?? new Int32Array(tableCapacity(this.size));
    this.mask = this.slots.length - 1;
    if (slots) return;
    for (let column = 0; column < this.size; column++) {
      const slot = this.slotOf(joined, starts[column]!, starts[column + 1]! - 1);
      if (this.slots[slot] !== 0) throw new FeatureIndexError(`feature '${this.nameAt(column)}' occurs twice`);
      this.slots[slot] = column + 1;
    }
  }

  /** The three blocks, for a cache that keeps a built index between starts (model-cache.ts). */
  parts(): FeatureIndexParts {
    return { joined: this.joined, starts: this.starts, slots: this.slots };
  }

  /**
   * An index from `parts()` of an earlier one, without hashing its names again. The blocks are
   * checked for shape (types, sizes, the table this class builds for that many names, names as long
   * as `starts` says); what is in them is the cache's to vouch for (its fingerprint covers
   * model.json and this code).
   */
  static fromParts(parts: FeatureIndexParts): FeatureIndex {
    const { joined, starts, slots } = parts;
    const shaped =
      typeof joined === 'string' &&
      starts instanceof Uint32Array &&
      starts.length >= 1 &&
      starts[starts.length - 1] === joined.length + 1 &&
      slots instanceof Int32Array &&
      slots.length === tableCapacity(starts.length - 1);
    if (!shaped) throw new FeatureIndexError('the stored feature index does not fit its names');
    return new FeatureIndex(joined, starts, slots);
  }

  /** From names in column order. A name may not contain "\n" or occur twice. */
  static fromNames(names: readonly string[]): FeatureIndex {
    for (const name of names) if (name.includes('\n')) throw new FeatureIndexError(`feature ${JSON.stringify(name)} contains a line break`);
    return FeatureIndex.fromJoined(names.join('\n'), names.length);
  }

  /** From names in column order joined by "\n" (as the model file keeps them); `expected` is the number of names the file says it has. */
  static fromJoined(joined: string, expected: number): FeatureIndex {
    const starts = new Uint32Array(expected + 1);
    // "" is no names when none are expected, else one empty name.
    let found = expected === 0 && joined.length === 0 ? 0 : 1;
    for (let i = 0; i < joined.length && found <= expected; i++) {
      if (joined.charCodeAt(i) !== newline) continue;
      if (found < expected) starts[found] = i + 1;
      found++;
    }
    if (found !== expected) throw new FeatureIndexError(`${found} feature names for ${expected} columns`);
    starts[expected] = joined.length + 1;
    return new FeatureIndex(joined, starts);
  }

  get(name: string): number | undefined {
    const entry = this.slots[this.slotOf(name, 0, name.length)]!;
    return entry === 0 ? undefined : entry - 1;
  }

  /** The slot holding the name text[from, to), or the empty slot where it would go. */
  private slotOf(text: string, from: number, to: number): number {
    let slot = hashOf(text, from, to) & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0 || this.nameEquals(entry - 1, text, from, to)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private nameEquals(column: number, text: string, from: number, to: number): boolean {
    const start = this.starts[column]!;
    // slice(0, length) is the string itself: a lookup copies nothing.
    return this.starts[column + 1]! - 1 - start === to - from && this.joined.startsWith(text.slice(from, to), start);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  nameAt(column: number): string {
    return this.joined.slice(this.starts[column]!, this.starts[column + 1]! - 1);
  }

  /** The char code of the first letter of a column's name (its feature kind). */
  firstCharCodeAt(column: number): number {
    return this.joined.charCodeAt(this.starts[column]!);
  }

  /** The names in column order, joined by "\n": what the model file stores. */
  joinedNames(): string {
    return this.joined;
  }
}

/** The hash table's size for `size` names: a power of two, at least 16 and at least twice `size`. */
function tableCapacity(size: number): number {
  let capacity = 16;
  while (capacity < size * 2) capacity *= 2;
  return capacity;
}

/** What `parts()` gives and `fromParts` takes. */
export interface FeatureIndexParts {
  readonly joined: string;
  readonly starts: Uint32Array;
  readonly slots: Int32Array;
}

/** Thrown for names that cannot make an index (a duplicate, a line break, a count that does not match). */
export class FeatureIndexError extends Error {
  readonly code = 'TRIAGE_FEATURES_INVALID';
}

const newline = 10;

/** FNV-1a over the UTF-16 code units of text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
