import { describe, expect, it } from 'vitest';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/rol');
  return t;
}

const offered = (t: Transcript) => t.choices.map((c) => c.id);

describe('rol-brug (SBO de Brug)', () => {
  it('intro lists the roles', () => {
    const t = start();
    expect(t.route).toBe('rol');
    expect(t.choices.map((c) => c.id.split('/').pop())).toEqual([
      'leerkracht',
      'ib',
      'aandachtsfunctionaris',
      'directeur',
      'vertrouwenspersoon',
      'gedragscoordinator',
      'zorgteam',
      'ondersteunend',
    ]);
  });

  it('leerkracht: signalen, incidents and zorglogboek, pestprotocol steps, meldcode steps 1–3', () => {
    const t = start();
    t.press('leerkracht');
    expect(t.text).toContain('grensoverschrijdend gedrag tijdig');
    expect(t.text).toContain('Na een klein incident worden de ouders dezelfde dag telefonisch');
    expect(t.text).toContain('registreer je in het zorglogboek');
    expect(t.text).toContain('het gesprek met het gepeste kind (stap 1)');
    expect(t.text).toContain('jij beschrijft de acties in het zorglogboek');
    t.press('verder');
    expect(t.text).toContain('Stap 1: je begeleidt en observeert de leerling');
    expect(t.text).toContain('Stap 2: je bespreekt de signalen met de intern begeleider/aandachtsfunctionaris');
    expect(t.text).toContain('Stap 3:');
    expect(offered(t)).toEqual(['route/meldcode', 'route/disclosure', 'route/acuut', 'route/rol', 'cmd/restart']);
  });

  it('intern begeleider: follows the pupil, always in the traject, makes the melding, step 5 with the zorgteam', () => {
    const t = start();
    t.press('ib');
    expect(t.text).toContain('volgt de leerling door de jaren heen');
    expect(t.text).toContain('altijd meegenomen in het meldcodetraject');
    expect(t.text).toContain('Veilig Thuis Zeeland (0800-2000)');
    expect(t.text).toContain('dan doe jij die melding');
    expect(t.phones).toEqual(['0800-2000']);
    t.press('verder');
    expect(t.text).toContain('Bij stap 5 coördineer je samen met het zorgteam');
  });

  it('aandachtsfunctionaris: Rick Lambert, veiligheidscoördinator; no number in the plan', () => {
    const t = start();
    t.press('aandachtsfunctionaris');
    expect(t.text).toContain('Rick Lambert');
    expect(t.text).toContain('veiligheidscoördinator');
    expect(t.text).toContain('Het plan geeft geen telefoonnummer of e-mailadres');
    expect(t.replies[0]?.contacts?.map((c) => c.id)).toEqual(['rick-lambert']);
    expect(t.phones).toEqual([]);
  });

  it('directeur: involved when not solved, bigger incidents, bestuur/politie, yearly analysis, zorgteam', () => {
    const t = start();
    t.press('directeur');
    expect(t.text).toContain('als zaken niet opgelost kunnen worden');
    expect(t.text).toContain('Na een groter incident sluit de directeur aan');
    expect(t.text).toContain('analyseert jaarlijks');
    expect(t.text).toContain('de directeur zit in het zorgteam');
  });

  it('vertrouwenspersoon: for everyone, confidential, visits the groups', () => {
    const t = start();
    t.press('vertrouwenspersoon');
    expect(t.text).toContain('iedereen kan met problemen van welke aard dan ook bij jou terecht');
    expect(t.text).toContain('vertrouwelijk');
    expect(t.text).toContain('elk schooljaar langs de groepen');
    expect(offered(t)).toContain('route/misbruik-door-personeel');
  });

  it('gedragscoördinator: only in the pestprotocol; nothing else invented', () => {
    const t = start();
    t.press('gedragscoordinator');
    expect(t.text).toContain('alleen bij het anti-pestprotocol');
    expect(t.text).toContain('Andere taken beschrijft het plan niet');
  });

  it('zorgteam: logboek weekly, meldcode stap 2, pestprotocol', () => {
    const t = start();
    t.press('zorgteam');
    expect(t.text).toContain('analyseert wekelijks');
    expect(t.text).toContain('schoolmaatschappelijk werk, orthopedagoog, directeur en intern begeleider');
  });

  it('ondersteunend personeel: the plan says nothing specific; ask the director', () => {
    const t = start();
    t.press('ondersteunend');
    expect(t.text).toContain('beschrijft geen aparte taken voor ondersteunend personeel');
    expect(t.text).toContain('Vraag de directeur');
    expect(offered(t)).toEqual(['route/acuut', 'route/disclosure', 'route/meldcode', 'route/rol', 'cmd/restart']);
  });

  it('English role cards resolve', () => {
    const t = start('en');
    t.press('aandachtsfunctionaris');
    expect(t.text).toContain('Rick Lambert');
    expect(t.text).not.toContain('{{');
  });
});
