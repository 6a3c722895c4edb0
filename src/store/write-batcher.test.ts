import { describe, expect, it } from 'vitest';
import { WriteBatcher } from './write-batcher.js';

interface Write {
  readonly key: string;
  readonly value: number;
}

/** A fake store that records each batch and answers after the test lets it. */
function recordingStore(fail: (items: readonly Write[]) => boolean = () => false) {
  const batches: string[][] = [];
  const gates: Array<() => void> = [];
  const write = async (items: readonly Write[]) => {
    batches.push(items.map((w) => `${w.key}=${w.value}`));
    await new Promise<void>((resolve) => gates.push(resolve));
    if (fail(items)) throw new Error('the statement failed');
    return items.map((w) => w.value * 10);
  };
  const releaseAll = async () => {
    for (let round = 0; round < 20; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      while (gates.length > 0) gates.shift()!();
    }
  };
  return { batches, write, releaseAll };
}

describe('WriteBatcher (group commit)', () => {
  it('a write that finds none in flight goes out alone and at once', async () => {
    const store = recordingStore();
    const batcher = new WriteBatcher(store.write, (w: Write) => w.key);
    const result = batcher.add({ key: 'a', value: 1 });
    expect(store.batches).toEqual([['a=1']]);
    await store.releaseAll();
    expect(await result).toBe(10);
  });

  it('writes made while a batch is in flight go out together, each caller gets its own result', async () => {
    const store = recordingStore();
    const batcher = new WriteBatcher(store.write, (w: Write) => w.key);
    const results = [batcher.add({ key: 'a', value: 1 }), batcher.add({ key: 'b', value: 2 }), batcher.add({ key: 'c', value: 3 })];
    await store.releaseAll();
    expect(store.batches).toEqual([['a=1'], ['b=2', 'c=3']]);
    expect(await Promise.all(results)).toEqual([10, 20, 30]);
  });

  it('two writes to the same key never share a batch; they keep their order', async () => {
    const store = recordingStore();
    const batcher = new WriteBatcher(store.write, (w: Write) => w.key);
    const results = [batcher.add({ key: 'x', value: 1 }), batcher.add({ key: 'a', value: 2 }), batcher.add({ key: 'a', value: 3 }), batcher.add({ key: 'b', value: 4 })];
    await store.releaseAll();
    expect(store.batches).toEqual([['x=1'], ['a=2', 'b=4'], ['a=3']]);
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40]);
  });

  it('when a batch fails, each write is tried alone: only the bad one fails', async () => {
    const store = recordingStore((items) => items.some((w) => w.value === 13));
    const batcher = new WriteBatcher(store.write, (w: Write) => w.key);
    const first = batcher.add({ key: 'x', value: 1 });
    const good = batcher.add({ key: 'a', value: 2 });
    const bad = batcher.add({ key: 'b', value: 13 });
    const settled = Promise.allSettled([first, good, bad]);
    await store.releaseAll();
    const [r1, r2, r3] = await settled;
    expect(r1).toEqual({ status: 'fulfilled', value: 10 });
    expect(r2).toEqual({ status: 'fulfilled', value: 20 });
    expect(r3).toMatchObject({ status: 'rejected', reason: { message: 'the statement failed' } });
    expect(store.batches).toEqual([['x=1'], ['a=2', 'b=13'], ['a=2'], ['b=13']]);
  });
});
