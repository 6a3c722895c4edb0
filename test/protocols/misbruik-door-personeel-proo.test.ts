import { describe, expect, it } from 'vitest';
import { cardIds, openHandoff, suggestsParentsFirst } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

/**
 * Suspicion of sexual abuse/harassment by a member of staff at
 * PROOLeiden-Leiderdorp (safety route): the meldplicht to the bestuur comes
 * first; the directeur only as an extra, after the bestuur.
 */
const school = 'proo-leiden';

describe('misbruik-door-personeel-proo', () => {
  it('first reply names the bestuur: report immediately, the school leadership is not enough, you are responsible', () => {
    const t = new Transcript(school);
    t.pressId('route/misbruik-door-personeel');
    const first = t.replies[0]!;
    expect(first.tone).toBe('safety');
    expect(first.text).toContain('Maak het onmiddellijk bekend bij het bestuur van PROOLeiden-Leiderdorp');
    expect(first.text).toContain('is NIET genoeg');
    expect(first.text).toContain('Jij bent er zelf verantwoordelijk voor dat de informatie het bestuur bereikt');
    for (const who of ['stagiaires', 'uitzendkrachten', 'vrijwilligers', 'schoonmakers', 'interne vertrouwenspersonen']) {
      expect(first.text).toContain(who);
    }
    expect(first.text).toContain('Op geheimhouding kun je je hier niet beroepen');
    expect(first.text).toContain('Het plan geeft geen telefoonnummer of e-mailadres van het bestuur');
    // The bestuur is named before the directeur appears at all, and only as "not enough".
    expect(first.text.indexOf('bestuur')).toBeLessThan(first.text.indexOf('directeur'));
    expect(first.contacts?.map((c) => c.id)).toEqual(['bestuur', 'vertrouwensinspecteur', 'politie-112']);
    const bestuur = first.contacts![0]!;
    expect(bestuur.phones).toEqual([]);
    expect(bestuur.missing).toContain('geen telefoonnummer');
    expect(t.effects.some((e) => e.type === 'handoff')).toBe(false);
    expect(openHandoff(t)).toBeNull();
  });

  it('English first reply names the board too', () => {
    const t = new Transcript(school, { locale: 'en' });
    t.pressId('route/misbruik-door-personeel');
    expect(t.replies[0]!.text).toContain('Report it immediately to the board (bestuur) of PROOLeiden-Leiderdorp');
    expect(t.replies[0]!.text).toContain('is NOT enough');
  });

  it('then: the meldplicht, the vertrouwenspersoon, the tasks of the bestuur and the steps as the plan numbers them', () => {
    const t = new Transcript(school);
    t.pressId('route/misbruik-door-personeel');
    t.press('direct/verder');
    expect(t.text).toContain('Niemand kan zich hier beroepen op de geheimhoudingsplicht');
    expect(t.text).toContain('de vertrouwenspersoon de wettelijke meldplicht om de informatie direct kenbaar te maken aan het bestuur');
    expect(t.text).toContain('vertrouwensinspecteur van de Inspectie van het Onderwijs (0900 - 111 3 111)');
    expect(t.text).toContain('dan is het bestuur altijd verplicht aangifte te doen bij de politie');
    expect(t.text).toContain('Sociale Jeugd en Zeden');
    expect(t.text).toContain('calamiteitenteam van GGD Hollands Midden');
    expect(t.text).toContain('1. Directie, schoolprofessional, contactpersoon of interne vertrouwenspersoon krijgt informatie en meldt dit aan het bestuur');
    expect(t.text).toContain('\n2. Het bestuur overlegt met de vertrouwensinspecteur');
    expect(t.text).toContain('\n4. Het bestuur informeert');
    expect(t.text).toContain('\n5. Het bestuur doet aangifte bij justitie of politie');
    expect(t.text).not.toMatch(/\n3\. /);
    expect(t.text).toContain('Een stap 3 staat niet in het plan');
    expect(t.text).toContain('een ouder mag altijd zelf aangifte doen bij de politie');
    expect(cardIds(t)).toEqual(['bestuur', 'vertrouwensinspecteur', 'sjzp', 'calamiteitenteam-ggd']);
    expect(t.phones).toContain('0900 - 111 3 111');
  });

  it('the directeur only as an extra, after the bestuur; the handoff carries that', () => {
    const t = new Transcript(school);
    t.pressId('route/misbruik-door-personeel');
    t.press('direct/verder');
    expect(t.replies.at(-1)!.text).toContain('alleen nadat je het bestuur zelf hebt ingelicht');
    expect(t.replies.at(-1)!.text).toContain('Gaat het vermoeden over de directeur zelf');
    t.press('directeur-extra/overdragen');
    expect(openHandoff(t)).toMatchObject({ to: 'directeur', urgency: 'acuut' });
    t.say('W.V.');
    t.say('4');
    t.pressId('handoff/send');
    const handoff = t.effects.find((e) => e.type === 'handoff')?.handoff;
    expect(handoff).toMatchObject({ to: 'directeur', route: 'misbruik-door-personeel' });
    expect(handoff!.ask).toContain('De melder heeft het bestuur zelf ingelicht');
    expect(t.text).toContain('jouw plicht is het bestuur van PROOLeiden-Leiderdorp onmiddellijk in te lichten');
    expect(cardIds(t)).toEqual(['bestuur', 'vertrouwensinspecteur']);
  });

  it('no handoff when the user declines (e.g. the suspicion concerns the directeur)', () => {
    const t = new Transcript(school);
    t.pressId('route/misbruik-door-personeel');
    t.press('direct/verder');
    t.press('directeur-extra/niet');
    expect(openHandoff(t)).toBeNull();
    expect(t.effects.some((e) => e.type === 'handoff')).toBe(false);
    expect(t.text).toContain('onmiddellijk in te lichten');
  });

  it.each(['nl', 'en'] as const)('never advises talking to the parents first or confronting the colleague (%s)', (locale) => {
    const t = new Transcript(school, { locale });
    t.pressId('route/misbruik-door-personeel');
    t.press('direct/verder');
    t.press('directeur-extra/niet');
    for (const reply of t.all) {
      expect(suggestsParentsFirst(reply), reply.text).toBe(false);
      expect(reply.text).not.toMatch(/spreek (de|je) collega|confront/i);
    }
  });
});
