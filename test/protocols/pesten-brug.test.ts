import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/engine/types.js';
import { cardIds, sendHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/pesten');
  return t;
}


/** The "inform ouders/directie/gedragscoördinator + zorglogboek" checklist shown after a step. */
function expectAfterStep(t: Transcript, step: number): void {
  const reply = t.replies.find((r: Reply) => r.text === `Na stap ${step}:`);
  expect(reply, `checklist after step ${step}`).toBeDefined();
  expect(reply!.checklist?.items.map((i) => i.id)).toEqual(['ouders', 'directie', 'gedragscoordinator', 'zorglogboek']);
  expect(reply!.checklist?.items.map((i) => i.label).join(' | ')).toBe(
    'Ouders op de hoogte gehouden | Directie op de hoogte gehouden | Gedragscoördinator op de hoogte gehouden | Acties beschreven in het zorglogboek (door jou als groepsleerkracht; zo is ook het zorgteam op de hoogte)',
  );
}


describe('pesten-brug (SBO de Brug)', () => {
  it('intro: every signal taken seriously; leerkracht or vertrouwenspersoon', () => {
    const t = start();
    expect(t.route).toBe('pesten');
    expect(t.text).toContain('elk signaal serieus');
    expect(t.text).toContain('naar de leerkracht of de vertrouwenspersoon');
    expect(cardIds(t)).toEqual(['vertrouwenspersoon']);
    expect(t.choices.map((c) => c.id.split('/').pop())).toEqual(['signaal', 'cyber', 'loopt', 'preventie']);
  });

  it('signal → conversations → protocol → steps 1–5 with a pause and the after-step checklist each time', () => {
    const t = start();
    t.press('signaal');
    expect(t.text).toContain('met de pester, met het gepeste kind en met de ouders');
    expect(t.text).toContain('beslist de school of het anti-pestprotocol in werking wordt gezet');
    t.press('protocol');
    expect(t.text).toContain('vijfstappenaanpak (Van der Meer, 2002)');
    expect(t.text).toContain('met de ouders van het gepeste kind én met de ouders van de pester');
    expect(t.text).toContain('de ouders, de directie en de gedragscoördinator op de hoogte gehouden');
    expect(t.text).toContain('verantwoordelijk voor de beschrijving van de acties in het zorglogboek');

    t.press('verder');
    expect(t.text).toContain('Stap 1 — Gesprek met het gepeste kind');
    expect(t.text).toContain('met de gedragscoördinator, de intern begeleider en de directie');
    expect(t.text).toContain('adviesgesprekken, sociale vaardigheidstraining of observatie door deskundigen');
    expect(cardIds(t)).toEqual(['gedragscoordinator', 'intern-begeleider', 'directeur']);
    t.press('gedaan');
    const handoff = sendHandoff(t, 'P.Q.', '4');
    expect(handoff.to).toBe('ib');
    expect(handoff.urgency).toBe('normaal');
    expect(handoff.route).toBe('pesten');
    expect(handoff.ask).toContain('stap 1');
    expectAfterStep(t, 1);
    t.press('opvolgen-1/nu');
    expect(t.text).toContain('Stap 2 — Gesprek met de pester');
    expect(t.text).toContain('bewustwording van het pestprobleem');
    expect(t.text).toContain('In overleg met de gedragscoördinator en het zorgteam');

    t.press('gedaan');
    expectAfterStep(t, 2);
    t.press('opvolgen-2/nu');
    expect(t.text).toContain('Stap 3 — Ondersteuning voor beide kinderen');
    expect(t.text).toContain('eventueel sociale vaardigheidstraining, georganiseerd door de school');

    t.press('gedaan');
    expectAfterStep(t, 3);
    t.press('opvolgen-3/nu');
    expect(t.text).toContain("Stap 4 — De zwijgende middengroep");
    expect(t.text).toContain('kringgesprekken en het herhalen van de schoolregels');
    expect(t.text).toContain('Kwink');

    t.press('gedaan');
    expectAfterStep(t, 4);
    t.press('opvolgen-4/nu');
    expect(t.text).toContain('Stap 5 — De ouders erbij betrekken');
    expect(t.text).toContain('ouderavonden en nieuwsbrieven');
    expect(t.text).toContain('De intern begeleider en het zorgteam coördineren deze acties');
    expect(cardIds(t)).toEqual(['intern-begeleider', 'zorgteam']);

    t.press('gedaan');
    expect(t.text).toContain("'no blame'-methode (Billen, 2006)");
    expect(t.text).toContain('alle partijen ondertekenen het');
    t.press('gedaan');
    expectAfterStep(t, 5);
    expect(t.text).toContain('vijf stappen van het anti-pestprotocol doorlopen');
    expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/klacht', 'route/grensoverschrijdend', 'cmd/restart']);
  });

  it('the school does not start the protocol: honest end with the zorglogboek', () => {
    const t = start();
    t.press('signaal');
    t.press('geen-protocol');
    expect(t.text).toContain('beschrijft geen verdere stappen als het anti-pestprotocol niet in werking wordt gezet');
    expect(t.text).toContain('zorglogboek');
    expect(t.choices.map((c) => c.id)).toEqual(['route/pesten', 'route/dossier', 'cmd/restart']);
  });

  it('cyberpesten: forms, always serious, same stappenplan', () => {
    const t = start();
    t.press('cyber');
    expect(t.text).toContain('anonieme berichten via WhatsApp en sms');
    expect(t.text).toContain('wachtwoorden stelen en misbruiken');
    expect(t.text).toContain('volg je hetzelfde stappenplan');
    expect(t.text).toContain('de voordelen én de risico');
    t.press('stappenplan');
    expect(t.text).toContain('met de pester, met het gepeste kind en met de ouders');
  });

  it('cyberpesten with sexual images switches to the sexting route (absent in De Brug’s plan)', () => {
    const t = start();
    t.press('cyber');
    t.press('beelden');
    expect(t.route).toBe('sexting');
    expect(t.text).toContain('Ik verzin geen stappen');
  });

  it.each([1, 2, 3, 4, 5])('protocol already running: jump to step %i', (step) => {
    const t = start();
    t.press('loopt');
    t.press(`stap${step}`);
    expect(t.text).toContain(`Stap ${step} — `);
  });

  it('prevention: the gedragscontract signed after the schoolregels lessons', () => {
    const t = start();
    t.press('preventie');
    expect(t.text).toContain('gedragscontract');
    expect(t.text).toContain('eerste week van het schooljaar');
    expect(t.text).toContain("na de lessen 'schoolregels' zetten alle leerlingen hun handtekening");
    expect(t.choices.map((c) => c.id)).toEqual(['route/pesten', 'route/grensoverschrijdend', 'cmd/restart']);
  });

  it('English: step texts and checklist resolve', () => {
    const t = start('en');
    t.press('loopt');
    t.press('stap4');
    t.press('gedaan');
    expect(t.text).toContain('After step 4:');
    t.press('opvolgen-4/nu');
    expect(t.text).toContain('Step 5 — Involving the parents');
    expect(t.text).not.toContain('{{');
  });

  it('after a step the teacher can be reminded of the next one (a reminder to the asker)', () => {
    const t = start();
    t.press('loopt');
    t.press('stap2');
    t.press('gedaan');
    t.press('opvolgen-2/week');
    const reminder = t.effects.find((e) => e.type === 'reminder');
    expect(reminder?.type === 'reminder' && reminder.reminder.role).toBe('asker');
    expect(reminder?.type === 'reminder' && reminder.reminder.dueAt).toBe('2026-12-01T09:15:00.000Z');
    expect(t.text).toContain('Over een week herinner ik je aan stap 3');
  });
});
