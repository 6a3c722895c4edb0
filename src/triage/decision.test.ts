import { describe, expect, it } from 'vitest';
import { decide } from './decision.js';
import { routeScores } from '../../test/helpers/route-scores.js';

describe('decide', () => {
  it('asks an open question when nothing matched', () => {
    expect(decide([])).toEqual({ route: null, candidates: [] });
  });

  it('starts a clear winner', () => {
    expect(decide(routeScores({ pesten: 5, grensoverschrijdend: 1 }))).toEqual({ route: 'pesten', candidates: ['pesten', 'grensoverschrijdend'] });
  });

  it('lets a safety route win from a stronger other route', () => {
    expect(decide(routeScores({ meldcode: 7, disclosure: 4 })).route).toBe('disclosure');
    expect(decide(routeScores({ sexting: 8, 'misbruik-door-personeel': 4.5 })).route).toBe('misbruik-door-personeel');
  });

  it('does not let a much weaker safety hint win, but asks with it first', () => {
    const result = decide(routeScores({ meldcode: 3.5, disclosure: 2 }));
    expect(result.route).toBeNull();
    expect(result.candidates[0]).toBe('disclosure');
  });

  it('asks when two other routes are close and neither is strong', () => {
    expect(decide(routeScores({ pesten: 3.5, grensoverschrijdend: 3 })).route).toBeNull();
    expect(decide(routeScores({ pesten: 8, grensoverschrijdend: 7 })).route).toBe('pesten');
  });

  it('asks on weak evidence, but starts a lone medium signal', () => {
    expect(decide(routeScores({ meldcode: 1 }))).toEqual({ route: null, candidates: ['meldcode'] });
    expect(decide(routeScores({ vermissing: 2 })).route).toBe('vermissing');
    expect(decide(routeScores({ dossier: 2, klacht: 1 })).route).toBeNull();
  });

  it('offers at most four choices, safety first, when it asks', () => {
    const result = decide(routeScores({ meldcode: 2, pesten: 2, kindcheck: 1.5, klacht: 1, acuut: 0.5, sexting: 1 }));
    expect(result.route).toBeNull();
    expect(result.candidates).toEqual(['acuut', 'meldcode', 'pesten', 'kindcheck']);
  });
});
