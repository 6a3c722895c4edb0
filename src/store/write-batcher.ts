/**
 * Group commit for one kind of write. A write that finds nothing in flight
 * goes out at once, alone: no added latency when the bot is quiet. Writes
 * that arrive while a batch is in flight wait for it and then go out
 * together, as one statement and one commit. Under load the database does a
 * fraction of the statements, commits and round trips.
 *
 * Items whose key is already in the next batch wait for the one after, so a
 * batch never holds two writes to the same row. Each caller gets its own
 * result or its own error: when a batch of several fails, each of its writes
 * is tried again alone, so one bad write never fails another conversation's.
 */
export class WriteBatcher<Item, Result> {
  private queue: Array<{ item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];
  private inFlight = false;

  constructor(
    /** Writes a batch; returns one result per item, in order. */
    private readonly write: (items: readonly Item[]) => Promise<readonly Result[]>,
    private readonly keyOf: (item: Item) => string,
    private readonly maxBatch = 100,
  ) {}

  add(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.inFlight) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.inFlight = true;
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      try {
        const results = await this.writeAll(batch.map((entry) => entry.item));
        for (const [i, entry] of batch.entries()) entry.resolve(results[i]!);
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else await Promise.all(batch.map((entry) => this.writeAll([entry.item]).then(([result]) => entry.resolve(result!), entry.reject)));
      }
    }
    this.inFlight = false;
  }

  private async writeAll(items: readonly Item[]): Promise<readonly Result[]> {
    const results = await this.write(items);
    if (results.length !== items.length) throw new Error(`a batch write returned ${results.length} results for ${items.length} items`);
    return results;
  }

  private takeBatch(): typeof this.queue {
    const batch: typeof this.queue = [];
    const rest: typeof this.queue = [];
    const keys = new Set<string>();
    for (const entry of this.queue) {
      const key = this.keyOf(entry.item);
      if (batch.length < this.maxBatch && !keys.has(key)) {
        keys.add(key);
        batch.push(entry);
      } else rest.push(entry);
    }
    this.queue = rest;
    return batch;
  }
}
