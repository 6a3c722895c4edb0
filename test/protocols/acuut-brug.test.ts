import { describe, expect, it } from 'vitest';
import { cardIds, openHandoff, sendHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

function start(locale: 'nl' | 'en' = 'nl'): Transcript {
  const t = new Transcript('sbo-de-brug', { locale });
  t.pressId('route/acuut');
  return t;
}



function expectStandAloneFirstReply(t: Transcript): void {
  expect(t.route).toBe('acuut');
  const first = t.replies.find((r) => r.text.startsWith('Acuut gevaar'));
  expect(first).toBeDefined();
  expect(first!.tone).toBe('safety');
  expect(first!.text).toContain('Bel 112');
  expect(first!.text).toContain('Veilig Thuis Zeeland: 0800-2000');
  expect(first!.text).toContain('acute en/of structurele onveiligheid of bij twijfel direct (telefonisch, eventueel anoniem) melding');
  expect(first!.text).toContain('Rick Lambert');
  expect(first!.text).not.toContain('ouders');
  expect(first!.text).not.toMatch(/CIT|Crisis/);
  expect((first!.contacts ?? []).map((c) => c.id)).toEqual(['politie-112', 'veilig-thuis', 'rick-lambert', 'intern-begeleider', 'directeur']);
  expect(first!.source).toContain('Sociaal veiligheidsplan SBO de Brug');
}

describe('acuut-brug (SBO de Brug, safety)', () => {
  it('first reply stands on its own: 112, Veilig Thuis Zeeland (afweging 2), Rick Lambert and IB; no parents, no CIT', () => {
    const t = start();
    expect(t.replies).toHaveLength(1);
    expectStandAloneFirstReply(t);
    expect(t.phones).toEqual(['112', '0800-2000']);
    expect(t.choices.map((c) => c.id.split('/').pop())).toEqual(['gevaar', 'onveilig', 'verteld', 'eer', 'collega', 'vermist', 'onveilig-overdracht', 'gevaar-overdracht']);
  });

  it("'nood' from the middle of another dialog lands on the same first reply", () => {
    const t = new Transcript('sbo-de-brug');
    t.pressId('route/pesten');
    t.press('signaal');
    t.say('nood');
    expectStandAloneFirstReply(t);
  });

  it("'nood' while a handoff form is open drops the form and shows the first reply", () => {
    const t = new Transcript('sbo-de-brug');
    t.pressId('route/disclosure');
    t.press('verder');
    t.say('nood');
    expectStandAloneFirstReply(t);
    expect(openHandoff(t)).toBeNull();
  });

  it('direct danger: 112, veiligheidscoördinator and directeur, acute handoff to the director, zorglogboek', () => {
    const t = start();
    t.press('gevaar');
    expect(t.text).toContain('Bel 112 als dat nog niet gebeurd is');
    expect(t.text).toContain('Waarschuw daarna de directeur en de aandachtsfunctionaris, Rick Lambert');
    // F23: warning them is WatNu's inference, and the BHV link is the plan's own wording, not a fact WatNu adds.
    expect(t.text).toContain('Dat je hen waarschuwt is een suggestie van WatNu');
    expect(t.text).toContain("'in naam BHV'er'");
    expect(t.text).toContain('wordt de directeur betrokken bij de afhandeling');
    expect(t.text).toContain('het bestuur en (in overleg met het bestuur) de politie');
    expect(cardIds(t)).toEqual(expect.arrayContaining(['politie-112', 'rick-lambert', 'directeur', 'bestuur']));
    const handoff = sendHandoff(t, 'M.N.', '5');
    expect(handoff.to).toBe('directeur');
    expect(handoff.urgency).toBe('acuut');
    expect(handoff.route).toBe('acuut');
    expect(t.text).toContain('zorglogboek');
    expect(t.choices.map((c) => c.id)).toEqual(['route/grensoverschrijdend', 'route/dossier', 'cmd/restart']);
  });

  it('pupil not safe: direct melding bij Veilig Thuis Zeeland, acute handoff to the IB, no parents first, record', () => {
    const t = start();
    t.press('onveilig');
    expect(t.text).toContain('afwegingsvraag 2');
    expect(t.text).toContain('Veilig Thuis Zeeland, 0800-2000');
    expect(t.text).toContain('De afwegingsvragen 3 tot en met 5 worden dan met Veilig Thuis doorlopen');
    expect(t.phones).toContain('0800-2000');
    const handoff = sendHandoff(t, 'M.N.', '5');
    expect(handoff.to).toBe('ib');
    expect(handoff.urgency).toBe('acuut');
    expect(handoff.ask).toContain('Veilig Thuis Zeeland');
    expect(t.text).toContain('Ga dus niet eerst zelf met de ouders in gesprek');
    const national = t.replies.find((r) => r.text.startsWith('Over de ouders'));
    expect(national?.source).toContain('PROOLeiden-Leiderdorp — Gesprek bij zorgen');
    expect(national?.source).toContain('staat niet in het plan van SBO de Brug');
    expect(t.text).toContain('format meldcode');
    expect(t.choices.map((c) => c.id)).toEqual(['route/meldcode', 'route/dossier', 'route/sociale-kaart', 'cmd/restart']);
  });

  it.each([
    ['verteld', 'disclosure', '0800-2000'],
    ['eer', 'eergerelateerd', '0800-2000'],
    ['collega', 'misbruik-door-personeel', '0900 - 111 3 111'],
    ['vermist', 'vermissing', '112'],
  ])('%s switches to the %s route', (button, route, phone) => {
    const t = start();
    t.press(button);
    expect(t.route).toBe(route);
    expect(t.phones).toContain(phone);
  });

  it('English first reply', () => {
    const t = start('en');
    const first = t.replies[0]!;
    expect(first.text).toContain('Call 112');
    expect(first.text).toContain('Veilig Thuis Zeeland right away');
    expect(first.text).toContain('0800-2000');
    expect(first.text).toContain('Rick Lambert');
    expect(first.text).not.toContain('parents');
    expect(first.text).not.toContain('{{');
  });
});
