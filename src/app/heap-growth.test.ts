import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { heapGrowingFlag } from './heap-growth.js';

describe('PGLITE_HEAP_GROWING_PERCENT', () => {
  it('becomes the V8 flag, and 0 leaves V8 its own heuristic', () => {
    expect(heapGrowingFlag(50)).toBe('--heap-growing-percent=50');
    expect(heapGrowingFlag(0)).toBeNull();
  });

  it('is 50 unless set, and a value out of range is refused by name', () => {
    expect(loadConfig({}, process.cwd()).PGLITE_HEAP_GROWING_PERCENT).toBe(50);
    expect(loadConfig({ PGLITE_HEAP_GROWING_PERCENT: '0' }, process.cwd()).PGLITE_HEAP_GROWING_PERCENT).toBe(0);
    expect(() => loadConfig({ PGLITE_HEAP_GROWING_PERCENT: '-5' }, process.cwd())).toThrow(/PGLITE_HEAP_GROWING_PERCENT/);
  });
});
