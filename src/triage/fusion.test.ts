import { describe, expect, it } from 'vitest';
import { fuse } from './fusion.js';
import { modelClasses } from './model/classes.js';
import { routeScores } from '../../test/helpers/route-scores.js';

/** Model probabilities: the named classes as given, the rest sharing what is left. */
function model(entries: Record<string, number>): Float64Array {
  const named = Object.values(entries).reduce((a, b) => a + b, 0);
  const rest = (1 - named) / (modelClasses.length - Object.keys(entries).length);
  return Float64Array.from(modelClasses, (c) => entries[c] ?? rest);
}

const many = 10;

describe('fuse', () => {
  it('keeps a safety route the rules start, whatever the model says', () => {
    expect(fuse(routeScores({ disclosure: 5 }), model({ meldcode: 0.9 }), many).route).toBe('disclosure');
  });

  it('keeps a route the rules score as decisive', () => {
    expect(fuse(routeScores({ pesten: 7 }), model({ grensoverschrijdend: 0.9 }), many).route).toBe('pesten');
  });

  it('lets the model decide where the rules ask', () => {
    expect(fuse(routeScores({}), model({ acuut: 0.6 }), many).route).toBe('acuut');
    expect(fuse(routeScores({ pesten: 3, grensoverschrijdend: 3 }), model({ pesten: 0.7 }), many).route).toBe('pesten');
  });

  it('lets a safety route win from a route up to three times as likely', () => {
    const bothSupported = routeScores({ meldcode: 0.5, disclosure: 0.5 });
    expect(fuse(bothSupported, model({ meldcode: 0.5, disclosure: 0.2 }), many).route).toBe('disclosure');
    expect(fuse(bothSupported, model({ meldcode: 0.8, disclosure: 0.1 }), many).route).toBe('meldcode');
  });

  it('a route no rule supports starts only when the model alone is sure; otherwise it is offered, safety first', () => {
    const unsure = fuse(routeScores({}), model({ 'misbruik-door-personeel': 0.45, onduidelijk: 0.3 }), many);
    expect(unsure.route).toBeNull();
    expect(unsure.candidates[0]).toBe('misbruik-door-personeel');
    expect(fuse(routeScores({}), model({ pesten: 0.7 }), many).route).toBe('pesten');
  });

  it('asks when the model finds the text vague', () => {
    expect(fuse(routeScores({}), model({ onduidelijk: 0.9 }), many)).toEqual({ route: null, candidates: [] });
  });

  it('rules out a route the rules score below zero', () => {
    const result = fuse(routeScores({ vermissing: -4 }), model({ vermissing: 0.9 }), many);
    expect(result.route).not.toBe('vermissing');
    expect(result.candidates).not.toContain('vermissing');
  });

  it('asks when a message of a few words reads as several routes', () => {
    const result = fuse(routeScores({ meldcode: 1, grensoverschrijdend: 1, disclosure: 0.5 }), model({ disclosure: 0.4 }), 1);
    expect(result.route).toBeNull();
    expect(result.candidates[0]).toBe('disclosure');
  });

  it('names the route first, then other likely routes, at most four', () => {
    const result = fuse(routeScores({ pesten: 3, grensoverschrijdend: 1, sexting: 1, klacht: 1, dossier: 1 }), model({ pesten: 0.6 }), many);
    expect(result.route).toBe('pesten');
    expect(result.candidates[0]).toBe('pesten');
    expect(result.candidates.length).toBeLessThanOrEqual(4);
  });
});
