import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../../test/helpers/fuzz-runs.js';
import { ColumnCounter } from './column-counter.js';

function entries(counter: ColumnCounter): [number, number][] {
  return Array.from({ length: counter.size }, (_, i) => [counter.column(i), counter.count(i)]);
}

/** What a Map does: counts per key, keys in the order first met. */
function byMap(adds: readonly number[]): [number, number][] {
  const map = new Map<number, number>();
  for (const column of adds) map.set(column, (map.get(column) ?? 0) + 1);
  return [...map];
}

describe('column counter', () => {
  it('counts each column and keeps the order in which columns were first met', () => {
    const counter = new ColumnCounter();
    for (const column of [7, 0, 7, 1_300_000, 0, 7]) counter.add(column);
    expect(entries(counter)).toEqual([
      [7, 3],
      [0, 2],
      [1_300_000, 1],
    ]);
  });

  it('adds a given number of times (a feature count from training)', () => {
    const counter = new ColumnCounter();
    counter.add(5, 4);
    counter.add(5);
    expect(entries(counter)).toEqual([[5, 5]]);
  });

  it('grows past its first size without losing a count or the order', () => {
    const counter = new ColumnCounter(2);
    const adds = Array.from({ length: 5_000 }, (_, i) => (i * 7_919) % 3_001);
    for (const column of adds) counter.add(column);
    expect(entries(counter)).toEqual(byMap(adds));
  });

  it('is empty after clear and counts the next text on its own', () => {
    const counter = new ColumnCounter(3);
    for (const column of [1, 2, 3, 4, 5, 6, 1]) counter.add(column);
    counter.clear();
    expect(counter.size).toBe(0);
    for (const column of [6, 9, 6]) counter.add(column);
    expect(entries(counter)).toEqual([
      [6, 2],
      [9, 1],
    ]);
  });

  it('agrees with a Map for any sequence of columns, also when reused', () => {
    const counter = new ColumnCounter(2);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2_000_000 }), { maxLength: 400 }), fc.array(fc.nat({ max: 50 }), { maxLength: 400 }), (wide, narrow) => {
        for (const adds of [wide, narrow]) {
          counter.clear();
          for (const column of adds) counter.add(column);
          if (JSON.stringify(entries(counter)) !== JSON.stringify(byMap(adds))) return false;
        }
        return true;
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
