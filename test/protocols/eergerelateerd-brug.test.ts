import { describe, expect, it } from 'vitest';
import type { HandoffRequest } from '../../src/engine/types.js';
import { cardIds, sendHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/eergerelateerd');
  return t;
}



/** After the first reply: afweging 2, handoff, record, kindgesprek, parents, end. */
function walkRest(t: Transcript): HandoffRequest {
  expect(t.text).toContain('bij eergerelateerd geweld');
  expect(t.text).toContain('afwegingsvraag 2');
  expect(t.text).toContain('Veilig Thuis Zeeland (0800-2000)');
  expect(t.text).toContain('doet de intern begeleider de melding bij Veilig Thuis');
  const handoff = sendHandoff(t, 'K.L.', 'groep 7');
  expect(t.text).toContain('format meldcode');
  t.press('gedaan');
  expect(t.text).toContain('Stel geen suggestieve vragen');
  t.press('gedaan');
  expect(t.text).toContain('niet over een gesprek door jou');
  expect(t.text).toContain('Bij eergerelateerd geweld kan van een gesprek met de ouders worden afgezien');
  expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/meldcode', 'route/sociale-kaart', 'cmd/restart']);
  return handoff;
}

describe('eergerelateerd-brug (SBO de Brug, safety)', () => {
  it('first reply: no conversation with the parents, aandachtsfunctionaris/IB → Veilig Thuis Zeeland, 112, cards', () => {
    const t = start();
    expect(t.route).toBe('eergerelateerd');
    expect(t.replies).toHaveLength(1);
    const first = t.replies[0]!;
    expect(first.tone).toBe('safety');
    const firstParents = first.text.indexOf('ouders');
    expect(first.text.slice(0, firstParents + 'ouders'.length)).toMatch(/Ga NIET met de ouders$/);
    expect(first.text).toContain('Rick Lambert');
    expect(first.text).toContain('Veilig Thuis Zeeland (0800-2000)');
    expect(first.text).toContain('Bel 112');
    expect(first.text).toContain('geen paragraaf over eergerelateerd geweld');
    expect(cardIds(t)).toEqual(['rick-lambert', 'intern-begeleider', 'veilig-thuis', 'politie-112']);
    expect(first.source).toContain('PROOLeiden-Leiderdorp — Eergerelateerd geweld');
    expect(first.source).toContain('het plan van SBO de Brug beschrijft eergerelateerd geweld niet');
  });

  it('main path: handoff to the IB is acuut and repeats the no-parents rule', () => {
    const t = start();
    t.press('verder');
    expect(t.replies[0]?.source).toContain('staat niet in het plan van SBO de Brug');
    const handoff = walkRest(t);
    expect(handoff.to).toBe('ib');
    expect(handoff.urgency).toBe('acuut');
    expect(handoff.pupil).toEqual({ initials: 'K.L.', group: '7' });
    expect(handoff.ask).toContain('Niet met de ouders in gesprek gaan');
  });

  it('explanation branch: the PROO description, then the same path', () => {
    const t = start();
    t.press('uitleg');
    expect(t.text).toContain('verstoting');
    expect(t.text).toContain('besnijdenis');
    expect(t.text).toContain('het plan van SBO de Brug geeft er geen');
    expect(t.replies[0]?.source).toContain('PROOLeiden-Leiderdorp — Eergerelateerd geweld');
    t.press('verder');
    walkRest(t);
  });

  it('direct danger switches to acuut', () => {
    const t = start();
    t.press('gevaar');
    expect(t.route).toBe('acuut');
    expect(t.phones).toContain('112');
  });

  it('English first reply keeps the rule and resolves placeholders', () => {
    const t = start('en');
    const first = t.replies[0]!;
    expect(first.text).toContain('Do NOT talk to the parents');
    expect(first.text.indexOf('parents')).toBe(first.text.indexOf('Do NOT talk to the parents') + 'Do NOT talk to the '.length);
    expect(first.text).toContain('Rick Lambert');
    expect(first.text).toContain('0800-2000');
    expect(first.text).not.toContain('{{');
  });
});
