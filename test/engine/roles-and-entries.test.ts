import { describe, expect, it } from 'vitest';
import { cardIds, openHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

const schools = ['proo-leiden', 'sbo-de-brug'] as const;

describe('entries chosen by the asker’s words and role', () => {
  it.each(schools)('%s: an IB typing "afwegingskader" gets afwegingsvraag 1', (school) => {
    const t = new Transcript(school, { role: 'intern-begeleider' });
    t.say('afwegingskader');
    expect(t.route).toBe('meldcode');
    expect(t.session.stepId).toBe('afweging-vermoeden');
    expect(t.text).toMatch(/^Afweging 1 — Vermoeden/m);
    expect(t.effects).toContainEqual(expect.objectContaining({ type: 'audit', event: expect.objectContaining({ action: 'route.entry.afwegingskader' }) }));
  });

  it.each(schools)('%s: a teacher typing "afwegingskader" starts the meldcode at its first question (the entry is for the IB, AF and director)', (school) => {
    const t = new Transcript(school);
    t.say('afwegingskader');
    expect(t.route).toBe('meldcode');
    expect(t.session.stepId).toBe('intro');
  });

  it('an IB already in the meldcode who types "afwegingskader" jumps there too', () => {
    const t = new Transcript('proo-leiden', { role: 'intern-begeleider' });
    t.pressId('route/meldcode');
    t.say('het afwegingskader');
    expect(t.session.stepId).toBe('afweging-vermoeden');
  });

  it('a teacher in the pestprotocol (SBO de Brug) typing "we zitten al bij stap 3" gets stap 3', () => {
    const t = new Transcript('sbo-de-brug');
    t.pressId('route/pesten');
    expect(t.session.stepId).toBe('intro');
    t.say('we zitten al bij stap 3');
    expect(t.session).toMatchObject({ dialogId: 'pesten-brug', stepId: 'stap3' });
    expect(t.text).toContain('Stap 3 — Ondersteuning voor beide kinderen');
  });

  it('"loopt al: naar stap N" works in every numbered protocol, also as the first message', () => {
    const t = new Transcript('proo-leiden');
    t.pressId('route/overlijden');
    t.say('we zijn bij stap 5');
    expect(t.session.stepId).toBe('individueel');
    const m = new Transcript('sbo-de-brug');
    m.pressId('route/meldcode');
    m.say('stap 2');
    expect(m.session.stepId).toBe('stap2');
    const g = new Transcript('proo-leiden');
    g.pressId('route/grensoverschrijdend');
    g.say('we zitten bij actie 3');
    expect(g.session.stepId).toBe('actie3');
  });
});

describe('never a handoff to the asker’s own role', () => {
  it('a director in the rouwprotocol is not asked to hand off to the director, nor asked "Ben je zelf de directeur"', () => {
    const t = new Transcript('proo-leiden', { role: 'directeur' });
    t.pressId('route/overlijden');
    t.press('klopt');
    expect(t.text).toContain('Stap 2 — Stel een');
    expect(t.text).toContain('Je bent zelf de directeur');
    expect(t.text).not.toMatch(/Ben je zelf de directeur/);
    expect(openHandoff(t)).toBeNull();
    expect(t.text).toContain('Stap 3 — Het sleuteltrio onderneemt actie');
    expect(t.all.every((r) => !(r.choices ?? []).some((c) => c.id.startsWith('handoff/')))).toBe(true);

    const teacher = new Transcript('proo-leiden');
    teacher.pressId('route/overlijden');
    teacher.press('klopt');
    expect(teacher.text).toContain('Ben je zelf de directeur');
    expect(openHandoff(teacher)).toMatchObject({ to: 'directeur', urgency: 'hoog', stage: 'initials' });
  });

  it('a director in the meldplicht protocol gets the next level the plan names: the bestuur, which has no channel, as a card', () => {
    const t = new Transcript('proo-leiden', { role: 'directeur' });
    t.pressId('route/misbruik-door-personeel');
    expect(t.choices.map((c) => c.id)).not.toContain('shortcut/misbruik-door-personeel-proo/direct/overdracht');
    t.press('verder');
    t.press('overdragen');
    expect(openHandoff(t)).toBeNull();
    expect(t.text).toContain('Je bent zelf de directeur');
    expect(t.text).toContain('geen kanaal in WatNu');
    expect(cardIds(t)).toContain('bestuur');
  });

  it('an IB in the disclosure protocol is offered no handoff to the IB', () => {
    const t = new Transcript('proo-leiden', { role: 'intern-begeleider' });
    t.pressId('route/disclosure');
    expect(t.choices.map((c) => c.id)).toEqual(['disclosure-proo/direct/verder', 'disclosure-proo/direct/gevaar']);
    t.press('verder');
    expect(openHandoff(t)).toBeNull();
    expect(t.text).toContain('Je bent zelf de intern begeleider');
    expect(t.text).toContain('ParnasSys');
  });

  it('"overdracht" from an IB goes to the director; from a teacher to the IB', () => {
    const ib = new Transcript('proo-leiden', { role: 'intern-begeleider' });
    ib.say('overdracht');
    expect(openHandoff(ib)).toMatchObject({ to: 'directeur', stage: 'urgency' });
    const teacher = new Transcript('proo-leiden');
    teacher.say('overdracht');
    expect(openHandoff(teacher)).toMatchObject({ to: 'ib', stage: 'urgency' });
  });
});

describe('menus list each action once', () => {
  it('the clarifying question offers "Acuut gevaar" once, even when acuut is a candidate', () => {
    // A vague message whose likely routes include acuut (triage stubbed: which messages those are is triage's business).
    const t = new Transcript('proo-leiden', { triage: () => ({ route: null, candidates: ['acuut', 'meldcode'] }) });
    t.say('er is iets');
    expect(t.session.clarify).toContain('acuut');
    const labels = t.choices.map((c) => c.label);
    expect(labels.filter((l) => l === 'Acuut gevaar')).toHaveLength(1);
    expect(new Set(labels).size).toBe(labels.length);
    expect(t.choices.find((c) => c.label === 'Acuut gevaar')?.style).toBe('danger');
  });
});
