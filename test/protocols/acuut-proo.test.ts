import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/engine/types.js';
import { cardIds, openHandoff, sendHandoff, suggestsParentsFirst } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

/**
 * Acute onveiligheid at PROOLeiden-Leiderdorp (safety route, and the target
 * of the global 'nood' command): the first reply stands on its own.
 */
const school = 'proo-leiden';


function expectStandsOnItsOwn(first: Reply): void {
  expect(first.tone).toBe('safety');
  expect(first.text).toContain('direct fysiek gevaar');
  expect(first.text).toContain('Is er NU direct gevaar? Bel 112');
  // F03: the IB/AF and the director report to Veilig Thuis; the teacher brings them in.
  expect(first.text).toContain('Zij doen direct de melding bij Veilig Thuis Hollands Midden (0800 - 2000)');
  expect(first.text).toContain('Crisis Interventie Team (CIT)');
  // F20: both CIT numbers, each with its label.
  expect(first.text).toContain('088 3083800 (kantoortijden) / 088 9004000 (buiten kantoortijden)');
  expect(first.text).toContain('de melding gaat uit naam van de directie');
  expect(first.text).toContain('Jan Diebels');
  expect(first.contacts?.map((c) => c.id)).toEqual(['politie-112', 'helen-berendsen', 'jan-diebels', 'veilig-thuis', 'cit']);
  const cit = first.contacts!.find((c) => c.id === 'cit')!;
  expect(cit.phones.map((p) => [p.number, p.label])).toEqual([
    ['088 3083800', 'kantoortijden'],
    ['088 9004000', 'buiten kantoortijden'],
  ]);
}

describe('acuut-proo', () => {
  it('first reply from the menu: 112 for danger now, otherwise Veilig Thuis / CIT, then IB and directeur', () => {
    const t = new Transcript(school);
    t.pressId('route/acuut');
    expectStandsOnItsOwn(t.replies[0]!);
    expect(t.choices.map((c) => c.id)).toEqual([
      'acuut-proo/direct/gevaar-nu',
      'acuut-proo/direct/onveilig',
      'acuut-proo/direct/geen-acuut',
      'shortcut/acuut-proo/direct/overdracht-ib',
      'shortcut/acuut-proo/direct/overdracht-directeur',
    ]);
  });

  it('"nood" typed in the middle of another protocol gives the same first reply', () => {
    const t = new Transcript(school);
    t.pressId('route/kindcheck');
    t.press('kindcheck');
    t.say('nood');
    expect(t.session.route).toBe('acuut');
    expectStandsOnItsOwn(t.replies[0]!);
  });

  it('first reply in English', () => {
    const t = new Transcript(school, { locale: 'en' });
    t.pressId('route/acuut');
    expect(t.replies[0]!.text).toContain('Dial 112');
    expect(t.replies[0]!.text).toContain('0800 - 2000');
    expect(t.replies[0]!.text).toContain('088 9004000 (buiten kantoortijden)');
  });

  it('danger now: 112, then the report to Veilig Thuis (meldnorm 1), the CIT and its conditions, then the handoff choice', () => {
    const t = new Transcript(school);
    t.pressId('route/acuut');
    t.press('gevaar-nu');
    expect(t.replies[0]!.text).toContain('Bel 112');
    expect(t.text).toContain('meldnorm 1');
    expect(t.text).toContain('De melding wordt gedaan uit naam van de directie');
    expect(t.text).toContain('ouders/verzorgers openstaan voor samenwerking');
    expect(t.text).toContain('geen andere hulpverlening in het gezin');
    expect(t.text).toContain('neem contact op met Veilig Thuis');
    expect(t.text).toContain('ma-vr 08.30-17.00');
    expect(cardIds(t)).toEqual(['politie-112', 'veilig-thuis', 'cit', 'intern-begeleider', 'jan-diebels']);
    expect(t.choices.map((c) => c.id)).toEqual(['acuut-proo/wie/ib', 'acuut-proo/wie/directeur', 'acuut-proo/wie/niet']);
  });

  it.each([
    ['ib', 'ib'],
    ['directeur', 'directeur'],
  ] as const)('hands off to the %s as acuut and ends with "De meldcode stopt niet bij een melding"', (choice, to) => {
    const t = new Transcript(school);
    t.pressId('route/acuut');
    t.press('onveilig');
    expect(t.text).toContain('acuut (levens)gevaar');
    t.press(`wie/${choice}`);
    expect(openHandoff(t)).toMatchObject({ to, urgency: 'acuut' });
    const handoff = sendHandoff(t, 'K.L.', '3');
    expect(handoff).toMatchObject({ to, urgency: 'acuut', route: 'acuut' });
    expect(handoff!.ask).toContain('Veilig Thuis Hollands Midden');
    expect(t.text).toContain('De meldcode stopt niet bij een melding');
    expect(t.text).toContain('De school houdt zelf contact met de leerling');
  });

  it('"no handoff needed" ends the same way', () => {
    const t = new Transcript(school);
    t.pressId('route/acuut');
    t.press('onveilig');
    t.press('wie/niet');
    expect(openHandoff(t)).toBeNull();
    expect(t.text).toContain('De meldcode stopt niet bij een melding');
  });

  it('"no acute unsafety" goes to the meldcode', () => {
    const t = new Transcript(school);
    t.pressId('route/acuut');
    t.press('geen-acuut');
    expect(t.session.route).toBe('meldcode');
    expect(t.session.dialogId).toBe('meldcode-proo');
  });

  it.each(['nl', 'en'] as const)('no reply on any path suggests talking to the parents first (%s)', (locale) => {
    for (const first of ['gevaar-nu', 'onveilig']) {
      const t = new Transcript(school, { locale });
      t.pressId('route/acuut');
      t.press(first);
      t.press('wie/ib');
      sendHandoff(t, 'K.L.', '3');
      for (const reply of t.all) expect(suggestsParentsFirst(reply), reply.text).toBe(false);
    }
  });
});
