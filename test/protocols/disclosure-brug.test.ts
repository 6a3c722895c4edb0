import { describe, expect, it } from 'vitest';
import { cardIds, sendHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/disclosure');
  return t;
}



describe('disclosure-brug (SBO de Brug, safety)', () => {
  it('first reply: no parents first, aandachtsfunctionaris/IB today, Veilig Thuis Zeeland, 112, with cards', () => {
    const t = start();
    expect(t.route).toBe('disclosure');
    expect(t.replies).toHaveLength(1);
    const first = t.replies[0]!;
    expect(first.tone).toBe('safety');
    // The first mention of the parents is the instruction NOT to talk to them first.
    const firstParents = first.text.indexOf('ouders');
    expect(firstParents).toBeGreaterThan(-1);
    expect(first.text.slice(0, firstParents + 'ouders'.length)).toMatch(/Ga NIET eerst met de ouders$/);
    expect(first.text).toContain('Rick Lambert');
    expect(first.text).toContain('intern begeleider');
    expect(first.text).toContain('Veilig Thuis Zeeland (0800-2000)');
    expect(first.text).toContain('Bel 112');
    expect(first.text).toContain('beschrijft disclosure niet apart');
    // F13: the PROO passage is another school's plan, not a "landelijke lijn"; the direct Veilig Thuis contact rests on De Brug's own afweging 2.
    expect(first.text).toContain('zoals het plan van een andere school, PROOLeiden-Leiderdorp, het beschrijft');
    expect(first.text).toContain('volgt uit de eigen meldcode (afwegingsvraag 2');
    expect(cardIds(t)).toEqual(['rick-lambert', 'intern-begeleider', 'veilig-thuis', 'politie-112']);
    expect(t.phones).toEqual(['0800-2000', '112']);
    // The national rule is cited from the PROO plan, with a note that it is not De Brug's own plan.
    expect(first.source).toContain('PROOLeiden-Leiderdorp — Disclosure');
    expect(first.source).toContain('het plan van SBO de Brug beschrijft disclosure niet');
    expect(t.choices.map((c) => c.id)).toEqual(['disclosure-brug/direct/verder', 'disclosure-brug/direct/gevaar', 'shortcut/disclosure-brug/direct/overdracht']);
  });

  it('main path: afweging 2, acute handoff to the IB, format meldcode, kindgesprek, parents, end', () => {
    const t = start();
    t.press('verder');
    expect(t.text).toContain('afwegingsvraag 2');
    expect(t.text).toContain('direct (telefonisch, eventueel anoniem) melding gedaan bij Veilig Thuis Zeeland (0800-2000)');
    expect(t.text).toContain('De afwegingsvragen 3 tot en met 5 worden dan met Veilig Thuis doorlopen');
    expect(t.text).toContain('doet de intern begeleider de melding bij Veilig Thuis');
    expect(t.replies[0]?.source).toContain('Sociaal veiligheidsplan SBO de Brug — Meldcode');
    expect(t.text).toContain('Wat zijn de initialen van de leerling?');
    expect(t.text).not.toMatch(/naam van de leerling/i);

    const handoff = sendHandoff(t, 'A.B.', '6');
    expect(handoff.to).toBe('ib');
    expect(handoff.urgency).toBe('acuut');
    expect(handoff.route).toBe('disclosure');
    expect(handoff.pupil).toEqual({ initials: 'A.B.', group: '6' });
    expect(handoff.ask).toContain('Niet eerst met de ouders praten');
    expect(handoff.ask).toContain('Veilig Thuis Zeeland');

    expect(t.text).toContain('format meldcode');
    expect(t.text).toContain('uitspraken die het kind deed');
    expect(t.text).toContain('alleen bij initialen en groep');
    t.press('gedaan');
    expect(t.text).toContain('Stel geen suggestieve vragen');
    expect(t.text).toContain('tenzij de leerling het eerder zelf aan iemand van school vertelde');
    t.press('gedaan');
    expect(t.text).toContain('ouders altijd worden geïnformeerd als de intern begeleider een melding doet');
    expect(t.text).toContain('niet over een eerste gesprek door jou');
    expect(t.text).toContain('Wanneer en hoe de ouders worden geïnformeerd, bepalen de intern begeleider/aandachtsfunctionaris met Veilig Thuis Zeeland');
    const national = t.replies.find((r) => r.source?.includes('Gesprek bij zorgen'));
    expect(national?.source).toContain('staat niet in het plan van SBO de Brug');
    expect(t.choices.map((c) => c.id)).toEqual(['route/dossier', 'route/meldcode', 'route/sociale-kaart', 'cmd/restart']);
  });

  it('cancelling the handoff still walks on to what to record', () => {
    const t = start();
    t.press('verder');
    t.pressId('handoff/cancel');
    expect(t.effects.some((e) => e.type === 'handoff')).toBe(false);
    expect(t.text).toContain('format meldcode');
  });

  it('direct danger switches to the acuut dialog (112 first)', () => {
    const t = start();
    t.press('gevaar');
    expect(t.route).toBe('acuut');
    expect(t.phones).toContain('112');
    expect(t.text).toContain('Bel 112');
  });

  it('English: the same first-reply rule with the school’s names and numbers', () => {
    const t = start('en');
    const first = t.replies[0]!;
    expect(first.text).toContain('Do NOT talk to the parents first');
    expect(first.text.indexOf('parents')).toBe(first.text.indexOf('Do NOT talk to the parents first') + 'Do NOT talk to the '.length);
    expect(first.text).toContain('Rick Lambert');
    expect(first.text).toContain('0800-2000');
    expect(first.text).not.toContain('{{');
    t.press('verder');
    sendHandoff(t, 'A.B.', '6');
    t.press('gedaan');
    t.press('gedaan');
    expect(t.text).not.toContain('{{');
  });
});
