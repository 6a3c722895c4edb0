import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { shippedModel } from './shipped-model.js';
import { triageWith } from './triage.js';

/** The kinds of person a message mentions, in order. */
function persons(text: string): string[] {
  return analyse(text).evidence.persons.map((person) => person.kind);
}

/** The lexicon's score for a route (its cues and combination rule). */
function score(text: string, route: string): number {
  return analyse(text).scores.find((s) => s.route === route)!.score;
}

describe('abbreviations staff type in chat count as the words they stand for', () => {
  it.each([
    ['de lk van gr 2', 'de leerkracht van groep 2'],
    ['ll uit gr5 vertelt', 'leerling uit groep 5 vertelt'],
    ['de ib belde de dir', 'de intern begeleider belde de directeur'],
    ['twee lln en de lkr', 'twee leerlingen en de leerkracht'],
  ])('%s: the same people as "%s"', (short, long) => {
    expect(persons(short)).toEqual(persons(long));
    expect(persons(short).length).toBeGreaterThan(0);
  });

  it('VT is Veilig Thuis: a lookup cue, and reporting to it a meldcode cue', () => {
    expect(score('is VT nu nog open?', 'sociale-kaart')).toBe(score('is veilig thuis nu nog open?', 'sociale-kaart'));
    expect(score('is VT nu nog open?', 'sociale-kaart')).toBeGreaterThanOrEqual(5);
    expect(score('moet ik dit bij VT melden?', 'meldcode')).toBeGreaterThan(score('moet ik dit bij hem melden?', 'meldcode'));
    expect(triageWith(shippedModel(), 'is VT nu nog open?').route).toBe('sociale-kaart');
  });
});
