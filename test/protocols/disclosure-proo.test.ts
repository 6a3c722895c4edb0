import { describe, expect, it } from 'vitest';
import { cardIds, openHandoff, sendHandoff, suggestsParentsFirst } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

/**
 * Disclosure at PROOLeiden-Leiderdorp (safety route): the plan's 'Disclosure'
 * passages, the footnote of 'Gesprek bij zorgen' and an acute handoff to the
 * intern begeleider, walked as a teacher would.
 */
const school = 'proo-leiden';


describe('disclosure-proo', () => {
  it('first reply: consult the IB/aandachtsfunctionaris now, who contacts Veilig Thuis; not the parents first; 112 for danger', () => {
    const t = new Transcript(school);
    t.pressId('route/disclosure');
    const first = t.replies[0]!;
    expect(first.tone).toBe('safety');
    expect(first.text).toContain('specifieke vorm van acute onveiligheid');
    expect(first.text).toContain('Overleg direct, nu, met de intern begeleider/aandachtsfunctionaris');
    expect(first.text).toContain('Helen Berendsen (071 572 4242)');
    expect(first.text).toContain('Veilig Thuis Hollands Midden (0800 - 2000)');
    expect(first.text).toContain('Samen wordt bepaald wat de noodzakelijke vervolgstappen zijn');
    expect(first.text).toContain('Ga NIET eerst met de ouders/verzorgers in gesprek');
    expect(first.text).toContain('Bel 112');
    expect(cardIds(t)).toEqual(['helen-berendsen', 'intern-begeleider', 'veilig-thuis', 'politie-112']);
    expect(t.choices.map((c) => c.id)).toEqual(['disclosure-proo/direct/verder', 'disclosure-proo/direct/gevaar', 'shortcut/disclosure-proo/direct/overdracht']);
  });

  it('first reply in English says the same', () => {
    const t = new Transcript(school, { locale: 'en' });
    t.pressId('route/disclosure');
    expect(t.text).toContain('Do NOT have a conversation with the parents/carers first');
    expect(t.text).toContain('Helen Berendsen');
    expect(t.text).toContain('0800 - 2000');
    expect(t.text).toContain('Dial 112');
  });

  it('walks on: why, the footnote (no parent conversation), the professional norm, an acute handoff to the IB', () => {
    const t = new Transcript(school);
    t.pressId('route/disclosure');
    t.press('verder');
    expect(t.text).toContain('acute crisis');
    expect(t.text).toContain('zonder vooroverleg een melding worden gedaan');
    expect(t.text).toContain('Het plan noemt disclosure hier uitdrukkelijk als voorbeeld');
    expect(t.text).toContain('zorgvuldige afstemming over de vervolgacties tussen jou als beroepskracht, Veilig Thuis en de leerling');
    expect(openHandoff(t)).toMatchObject({ to: 'ib', urgency: 'acuut', stage: 'initials' });
    expect(cardIds(t)).toEqual(['intern-begeleider', 'helen-berendsen']);

    const handoff = sendHandoff(t, 'S.V.', '6');
    expect(handoff).toMatchObject({ to: 'ib', urgency: 'acuut', route: 'disclosure', pupil: { initials: 'S.V.', group: '6' } });
    expect(handoff!.ask).toContain('direct contact op met Veilig Thuis Hollands Midden');
    expect(handoff!.ask).toContain('Niet eerst met de ouders/verzorgers in gesprek gaan');

    expect(t.text).toContain('ParnasSys');
    expect(t.text).toContain('alleen initialen');
    expect(t.text).toContain('dossier meldcode');
    t.press('gedaan');
    expect(t.text).toContain('De meldcode stopt niet bij een melding');
    expect(t.text).toContain('De school houdt zelf contact met de leerling');
    expect(cardIds(t)).toEqual(['helen-berendsen', 'intern-begeleider', 'veilig-thuis']);
    expect(t.choices.map((c) => c.id)).toEqual(expect.arrayContaining(['route/dossier', 'route/sociale-kaart']));
  });

  it('cancelling the handoff still leads on to recording and the end', () => {
    const t = new Transcript(school);
    t.pressId('route/disclosure');
    t.press('verder');
    t.pressId('handoff/cancel');
    expect(t.effects.some((e) => e.type === 'handoff')).toBe(false);
    expect(t.text).toContain('ParnasSys');
    t.press('gedaan');
    expect(t.text).toContain('De meldcode stopt niet');
  });

  it('"Er is nu direct gevaar" switches to acute onveiligheid with 112 first', () => {
    const t = new Transcript(school);
    t.pressId('route/disclosure');
    t.press('gevaar');
    expect(t.session.route).toBe('acuut');
    expect(t.replies[0]!.text).toContain('Bel 112');
    expect(t.replies[0]!.contacts?.[0]?.id).toBe('politie-112');
  });

  it.each(['nl', 'en'] as const)('no reply on the whole path suggests talking to the parents first (%s)', (locale) => {
    const t = new Transcript(school, { locale });
    t.pressId('route/disclosure');
    t.press('verder');
    sendHandoff(t, 'S.V.', '6');
    t.press('gedaan');
    expect(t.all.length).toBeGreaterThan(8);
    for (const reply of t.all) expect(suggestsParentsFirst(reply), reply.text).toBe(false);
  });
});
