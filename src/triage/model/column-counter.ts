/**
 * How often each column occurs in one text, kept in the order the columns
 * were first met (the order fixes the floating-point sums downstream, so the
 * vector comes out the same bit for bit). An open-addressing table over typed
 * arrays instead of a Map: a message adds ~750 columns, and a Map growing to
 * that size allocated ~25 kB per message, a sixth of all triage allocates
 * (the garbage behind its p99). `clear()` keeps the arrays for the next text.
 */
export class ColumnCounter {
  private bits: number;
  /** Slot → column + 1; 0 is an empty slot. */
  private keys: Int32Array;
  private tallies: Int32Array;
  /** The i-th column met → its slot. */
  private order: Int32Array;
  private used = 0;

  constructor(initialBits = 11) {
    this.bits = initialBits;
    this.keys = new Int32Array(1 << initialBits);
    this.tallies = new Int32Array(1 << initialBits);
    this.order = new Int32Array(1 << (initialBits - 1));
  }

  /** How many different columns. */
  get size(): number {
    return this.used;
  }

  add(column: number, times = 1): void {
    if (this.used >= this.order.length) this.grow();
    const mask = this.keys.length - 1;
    const key = column + 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      const found = this.keys[slot]!;
      if (found === key) {
        this.tallies[slot]! += times;
        return;
      }
      if (found === 0) {
        this.keys[slot] = key;
        this.tallies[slot] = times;
        this.order[this.used++] = slot;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The i-th column met (0 ≤ i < size). */
  column(i: number): number {
    return this.keys[this.order[i]!]! - 1;
  }

  /** How often the i-th column met occurs. */
  count(i: number): number {
    return this.tallies[this.order[i]!]!;
  }

  /** Empty again, keeping the arrays: only the slots in use are reset. */
  clear(): void {
    for (let i = 0; i < this.used; i++) this.keys[this.order[i]!] = 0;
    this.used = 0;
  }

  /** Twice the slots, the columns re-added in the order they were met. */
  private grow(): void {
    const columns = Array.from({ length: this.used }, (_, i) => [this.column(i), this.count(i)] as const);
    this.bits += 1;
    this.keys = new Int32Array(1 << this.bits);
    this.tallies = new Int32Array(1 << this.bits);
    this.order = new Int32Array(1 << (this.bits - 1));
    this.used = 0;
    for (const [column, times] of columns) this.add(column, times);
  }
}
