import { describe, expect, it } from 'vitest';
import { cardIds, openHandoff, sendHandoff, suggestsParentsFirst } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

/** Eergerelateerd geweld at PROOLeiden-Leiderdorp (safety route), as the plan's passage describes it. */
const school = 'proo-leiden';


describe('eergerelateerd-proo', () => {
  it('first reply: direct overleg with the IB/aandachtsfunctionaris, who contacts Veilig Thuis; not the parents first', () => {
    const t = new Transcript(school);
    t.pressId('route/eergerelateerd');
    const first = t.replies[0]!;
    expect(first.tone).toBe('safety');
    expect(first.text).toContain('Overleg direct met de intern begeleider/aandachtsfunctionaris');
    expect(first.text).toContain('Helen Berendsen (071 572 4242)');
    expect(first.text).toContain('Die neemt direct contact op met Veilig Thuis Hollands Midden (0800 - 2000)');
    expect(first.text).toContain('Samen wordt bepaald');
    expect(first.text).toContain('Ga NIET eerst met de ouders/verzorgers in gesprek');
    expect(first.text).toContain('Bel 112');
    expect(cardIds(t)).toEqual(['helen-berendsen', 'intern-begeleider', 'veilig-thuis', 'politie-112']);
  });

  it('says what it covers, as the plan lists it', () => {
    const t = new Transcript(school);
    t.pressId('route/eergerelateerd');
    t.press('verder');
    for (const form of ['bedreiging', 'opsluiting', 'eermoord', 'verstoting', 'genezingsrituelen', 'besnijdenis', "(vermeende) 'eerschender'"]) {
      expect(t.text).toContain(form);
    }
    expect(t.text).toContain('Het plan noemt eergerelateerd geweld hier uitdrukkelijk als voorbeeld');
  });

  it('hands off to the IB as acuut and ends with what to record and the contact cards', () => {
    const t = new Transcript(school);
    t.pressId('route/eergerelateerd');
    t.press('verder');
    expect(openHandoff(t)).toMatchObject({ to: 'ib', urgency: 'acuut' });
    const handoff = sendHandoff(t, 'A.B.', '7');
    expect(handoff).toMatchObject({ to: 'ib', urgency: 'acuut', route: 'eergerelateerd' });
    expect(handoff!.ask).toContain('Veilig Thuis Hollands Midden');
    expect(t.text).toContain('ParnasSys');
    expect(t.text).toContain('alleen initialen');
    expect(cardIds(t)).toEqual(['helen-berendsen', 'intern-begeleider', 'veilig-thuis']);
    expect(t.choices.map((c) => c.id)).toContain('route/dossier');
  });

  it('"Er is nu direct gevaar" switches to acute onveiligheid', () => {
    const t = new Transcript(school);
    t.pressId('route/eergerelateerd');
    t.press('gevaar');
    expect(t.session.route).toBe('acuut');
    expect(t.replies[0]!.text).toContain('112');
  });

  it.each(['nl', 'en'] as const)('no reply on the whole path suggests talking to the parents first (%s)', (locale) => {
    const t = new Transcript(school, { locale });
    t.pressId('route/eergerelateerd');
    t.press('verder');
    sendHandoff(t, 'A.B.', '7');
    expect(t.all.length).toBeGreaterThan(6);
    for (const reply of t.all) expect(suggestsParentsFirst(reply), reply.text).toBe(false);
  });
});
