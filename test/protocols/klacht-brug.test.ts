import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/engine/types.js';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/klacht');
  return t;
}

describe('klacht-brug (SBO de Brug)', () => {
  it('intro: the vertrouwenspersoon for everyone', () => {
    const t = start();
    expect(t.route).toBe('klacht');
    expect(t.text).toContain('iedereen met problemen van welke aard dan ook');
    expect(t.replies[0]?.contacts?.map((c) => c.id)).toEqual(['vertrouwenspersoon']);
    expect(t.choices.map((c) => c.id.split('/').pop())).toEqual(['vertrouwenspersoon', 'klachtenregeling', 'melding', 'misbruik']);
  });

  it('who is the vertrouwenspersoon: schoolgids/website, groepsleerkracht or directeur; confidential', () => {
    const t = start();
    t.press('vertrouwenspersoon');
    expect(t.text).toContain('staat in de schoolgids en op de website');
    expect(t.text).toContain('opvragen bij de groepsleerkracht of de directeur');
    expect(t.text).toContain('Het plan zelf noemt geen naam');
    expect(t.text).toContain('Elk gesprek wordt vertrouwelijk behandeld');
    expect(t.replies[0]?.contacts?.[0]?.missing).toContain('schoolgids');
  });

  it('klachtenregeling: in the schoolgids; the plan does not describe its steps', () => {
    const t = start();
    t.press('klachtenregeling');
    expect(t.text).toContain('verwijst het plan van SBO de Brug naar de schoolgids');
    expect(t.text).toContain('beschrijft de stappen van de klachtenregeling niet');
  });

  it('a complaint the teacher solves: registered in the zorglogboek', () => {
    const t = start();
    t.press('melding');
    expect(t.text).toContain('in eerste instantie afgehandeld door jou als leraar');
    t.press('opgelost');
    expect(t.text).toContain('na een officiële klacht');
    expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/pesten', 'route/grensoverschrijdend', 'cmd/restart']);
  });

  it('a complaint the teacher cannot solve: the director is involved (handoff); externaliserend → bestuur', () => {
    const t = start();
    t.press('melding');
    t.press('niet-opgelost');
    t.say('T.U.');
    t.say('3');
    t.pressId('handoff/send');
    const handoff = t.effects.find((e): e is Extract<Effect, { type: 'handoff' }> => e.type === 'handoff')?.handoff;
    expect(handoff?.to).toBe('directeur');
    expect(handoff?.route).toBe('klacht');
    expect(t.text).toContain('het bestuur en (in overleg met het bestuur) de politie betrokken bij de afhandeling van klachten');
    expect(t.text).toContain('zorglogboek');
  });

  it('a complaint about sexual abuse by staff goes to the safety route', () => {
    const t = start();
    t.press('misbruik');
    expect(t.route).toBe('misbruik-door-personeel');
  });

  it('English texts resolve', () => {
    const t = start('en');
    t.press('klachtenregeling');
    expect(t.text).toContain('school guide');
    expect(t.text).not.toContain('{{');
  });
});
