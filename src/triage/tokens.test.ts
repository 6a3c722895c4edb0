import { describe, expect, it } from 'vitest';
import { tokenise } from './tokens.js';

describe('tokenise', () => {
  it('numbers sentences and clauses, and a contrast word opens a clause', () => {
    const tokens = tokenise('geen plekken, maar gepest. help');
    expect(tokens.map((t) => [t.text, t.sentence, t.clause])).toEqual([
      ['geen', 0, 0],
      ['plekken', 0, 0],
      ['maar', 0, 2],
      ['gepest', 0, 2],
      ['help', 1, 3],
    ]);
  });

  it('offers participles without ge- as a second form', () => {
    expect(tokenise('gepest geslagen gek')[0]!.forms).toEqual(['gepest', 'pest']);
    expect(tokenise('geslagen')[0]!.forms).toEqual(['geslagen', 'slagen']);
    expect(tokenise('gek')[0]!.forms).toEqual(['gek']);
  });

  it('marks the "nu" of "wat nu?" as filler, but not a real "nu"', () => {
    expect(tokenise('wat nu?')[1]!.filler).toBe(true);
    expect(tokenise('wat moet ik nu doen')[3]!.filler).toBe(true);
    expect(tokenise('vader staat nu bij het hek')[2]!.filler).toBe(false);
    expect(tokenise('what now')[1]!.filler).toBe(true);
  });
});
