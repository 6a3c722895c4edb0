import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import type { SignalId } from './signals.js';
import { actorOf, tellerOf, victimOf } from './roles.js';

/** Actor and victim of the first occurrence of a signal. */
function roles(text: string, signal: SignalId): { actor: string; victim: string } {
  const e = analyse(text).evidence;
  const occurrence = e.hits(signal)[0];
  if (!occurrence) throw new Error(`no ${signal} in "${text}"`);
  return { actor: actorOf(e, occurrence), victim: victimOf(e, occurrence) };
}

function teller(text: string): string {
  const e = analyse(text).evidence;
  return tellerOf(e, e.hits('tells')[0]!);
}

describe('who tells', () => {
  it.each([
    ['Een meisje uit groep 6 vertelde me dat haar stiefvader haar slaat', 'pupil'],
    ['Vanochtend vertelde een leerling dat papa haar slaat', 'pupil'],
    ['De moeder van een leerling vertelt dat vader drinkt', 'family'],
    ['A pupil told me her mother hurts her', 'pupil'],
    ['hij zegt dat zijn vader hem opsluit', 'unknown'],
    ['De buurvrouw vertelde dat het kind geslagen wordt', 'outsider'],
  ])('%s: %s', (text, expected) => {
    expect(teller(text)).toBe(expected);
  });
});

describe('who does what to whom', () => {
  it('takes the first person of a Dutch subordinate clause as the subject', () => {
    expect(roles('ik vermoed dat de gymleraar meisjes ongepast aanraakt', 'sexual')).toEqual({ actor: 'staff', victim: 'pupil' });
  });

  it('reads "door X" as the agent of a passive, before or after the participle', () => {
    expect(roles('kind wordt geslagen door zijn vader', 'harm')).toEqual({ actor: 'family', victim: 'pupil' });
    expect(roles('ik word door een vader lastiggevallen', 'aggression')).toEqual({ actor: 'family', victim: 'self' });
  });

  it('finds the asker as victim after the verb, and in what is theirs', () => {
    expect(roles('Een vader schreeuwde me uit', 'aggression')).toEqual({ actor: 'family', victim: 'self' });
    expect(roles('een ouder heeft gedreigd mijn auto te bekrassen', 'threat')).toEqual({ actor: 'family', victim: 'self' });
  });

  it('tells a pupil who hits from a pupil who is hit', () => {
    expect(roles('een leerling slaat zijn juf', 'harm')).toEqual({ actor: 'pupil', victim: 'staff' });
    expect(roles('een leerling wordt geslagen', 'harm')).toEqual({ actor: 'unknown', victim: 'pupil' });
  });

  it('reads an English possessive: "a pupil\'s mother" is a mother', () => {
    expect(roles("I was threatened by a pupil's mother", 'threat')).toEqual({ actor: 'family', victim: 'self' });
  });
});

describe('a word that names two kinds of person', () => {
  it('counts a parent volunteer as staff only', () => {
    const e = analyse('de overblijfmoeder gaf een leerling een klap').evidence;
    expect(e.persons.map((p) => p.kind)).toEqual(['staff', 'pupil']);
    expect(e.has('family')).toBe(false);
    expect(e.has('staff')).toBe(true);
  });
});
