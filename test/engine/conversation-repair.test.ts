import { describe, expect, it } from 'vitest';
import type { Effect, HandoffRequest } from '../../src/engine/types.js';
import { openHandoff } from '../helpers/protocol-kit.js';
import { Transcript } from '../helpers/transcript.js';

const handoffs = (t: Transcript): HandoffRequest[] => t.effects.filter((e): e is Extract<Effect, { type: 'handoff' }> => e.type === 'handoff').map((e) => e.handoff);
const slots = (t: Transcript) => t.session.forms.at(-1)?.slots ?? {};

/** A teacher at the disclosure handoff's first question (PROO). */
function atInitials(options: { role?: string } = {}): Transcript {
  const t = new Transcript('proo-leiden', options);
  t.pressId('route/disclosure');
  t.press('verder');
  expect(openHandoff(t)).toMatchObject({ to: 'ib', urgency: 'acuut', stage: 'initials' });
  return t;
}

describe('one message, several slots', () => {
  it('"S.V. groep 5" fills initials and group: straight to the confirmation', () => {
    const t = atInitials();
    t.say('S.V. groep 5');
    expect(slots(t)).toMatchObject({ initials: 'S.V.', group: '5' });
    expect(openHandoff(t)?.stage).toBe('confirm');
    expect(t.text).toContain('• Leerling: S.V., groep 5');
    expect(t.choices.map((c) => c.id)).toEqual(['handoff/send', 'handoff/note', 'handoff/cancel']);
  });

  it('a full name becomes initials with a warning; ten words are not initials', () => {
    const t = atInitials();
    t.say('er staat nu een vader met een mes bij het hek');
    expect(t.route).toBe('acuut');
    const u = atInitials();
    u.say('de leerling uit mijn klas met de rode jas');
    expect(slots(u)).not.toHaveProperty('initials');
    expect(u.text).toContain('Dat is een zin, geen initialen');
    u.say('Sanne de Vries');
    expect(slots(u)).toMatchObject({ initials: 'S.d.V.' });
    expect(u.text).toContain('Ik gebruik alleen de initialen (S.d.V.)');
  });
});

describe('conversation repair inside the handoff form', () => {
  it('a correction changes that slot ("nee, groep 6"); a slot button at the confirmation corrects too', () => {
    const t = atInitials();
    t.say('S.V. groep 5');
    t.say('nee, groep 6');
    expect(slots(t)).toMatchObject({ initials: 'S.V.', group: '6' });
    expect(t.text).toContain('Aangepast.');
    t.say('nee, S.d.V.');
    expect(slots(t)).toMatchObject({ initials: 'S.d.V.', group: '6' });
    t.pressId('handoff/send');
    expect(handoffs(t)[0]).toMatchObject({ pupil: { initials: 'S.d.V.', group: '6' }, urgency: 'acuut' });
  });

  it('"terug" asks the previous answer again; with nothing answered it leaves the form a step back', () => {
    const t = atInitials();
    t.say('S.V.');
    expect(openHandoff(t)?.stage).toBe('group');
    t.say('terug');
    expect(openHandoff(t)?.stage).toBe('initials');
    expect(slots(t)).not.toHaveProperty('initials');
    t.say('terug');
    expect(openHandoff(t)).toBeNull();
    expect(t.session.stepId).toBe('direct');
    t.press('verder');
    expect(openHandoff(t)?.stage).toBe('initials');
  });

  it('"annuleer" and "stop" close the form without sending; the protocol goes on', () => {
    for (const word of ['annuleer', 'stop']) {
      const t = atInitials();
      t.say('S.V.');
      t.say(word);
      expect(openHandoff(t)).toBeNull();
      expect(handoffs(t)).toEqual([]);
      expect(t.text).toContain('Oké, ik draag niets over.');
      expect(t.text).toContain('ParnasSys');
    }
  });

  it('"help" and "status" answer and ask the same question again, answers kept', () => {
    const t = atInitials();
    t.say('S.V.');
    t.say('help');
    expect(t.text).toContain('nooit een naam');
    expect(openHandoff(t)?.stage).toBe('group');
    expect(slots(t)).toMatchObject({ initials: 'S.V.' });
    t.say('status');
    expect(t.effects.some((e) => e.type === 'status')).toBe(true);
    expect(t.text).toContain('In welke groep zit S.V.?');
  });

  it('"nood" pauses the form, starts acute danger, and offers the form back with its answers', () => {
    const t = atInitials();
    t.say('S.V.');
    t.say('nood');
    expect(t.route).toBe('acuut');
    expect(t.replies[0]!.contacts?.[0]?.id).toBe('politie-112');
    expect(t.replies.at(-1)!.choices).toEqual([{ id: 'cmd/resume', label: 'Verder met de overdracht van S.V.' }]);
    t.pressId('cmd/resume');
    expect(t.session.route).toBe('disclosure');
    expect(openHandoff(t)).toMatchObject({ stage: 'group' });
    expect(slots(t)).toMatchObject({ initials: 'S.V.' });
  });
});

describe('the paused form is offered back after the safety dialog too', () => {
  it('the end of the acute-danger dialog offers "Verder met de overdracht van S.V."', () => {
    const t = atInitials();
    t.say('S.V.');
    t.say('er staat nu een vader met een mes bij het hek');
    expect(t.route).toBe('acuut');
    t.pressId('acuut-proo/direct/gevaar-nu');
    t.pressId('acuut-proo/wie/niet');
    expect(t.session.stepId).toBe('contact-houden');
    expect(t.choices.at(-1)).toEqual({ id: 'cmd/resume', label: 'Verder met de overdracht van S.V.' });
    t.pressId('cmd/resume');
    expect(openHandoff(t)).toMatchObject({ to: 'ib', urgency: 'acuut', stage: 'group' });
  });
});

describe('a new question or "ik weet het niet" is never stored', () => {
  it('"/watnu wat nu bij pesten" at the initials prompt: switch or continue, nothing stored (not W.N.B.P.)', () => {
    const t = atInitials();
    t.say('/watnu wat nu bij pesten');
    expect(slots(t)).not.toHaveProperty('initials');
    expect(t.choices.map((c) => c.id)).toEqual(['route/pesten', 'cmd/continue', 'cmd/emergency']);
    t.press('route/pesten');
    expect(t.session.route).toBe('pesten');
    expect(t.session.paused.at(-1)?.forms[0]?.formId).toBe('handoff');
  });

  it('Slack\'s /watnu arrives as an explicit question: never a value, also when triage finds no route', () => {
    const t = atInitials();
    t.ask('wat nu bij pesten');
    expect(t.choices.map((c) => c.id)).toEqual(['route/pesten', 'cmd/continue', 'cmd/emergency']);
    t.ask('hoe lang duurt dit');
    expect(t.choices.map((c) => c.id)).toEqual(['cmd/continue', 'cmd/menu', 'cmd/emergency']);
    expect(slots(t)).not.toHaveProperty('initials');
    t.say('S.V.');
    expect(slots(t)).toMatchObject({ initials: 'S.V.' });
  });

  it('"ik weet het niet" and a question are not answers; the form waits with its answers', () => {
    const t = atInitials();
    t.say('S.V.');
    t.say('ik weet het niet');
    expect(slots(t)).not.toHaveProperty('group');
    expect(t.choices.map((c) => c.id)).toEqual(['cmd/continue', 'handoff/cancel', 'cmd/emergency']);
    t.say('waarom wil je dat weten?');
    expect(slots(t)).not.toHaveProperty('group');
    t.pressId('cmd/continue');
    expect(t.text).toContain('In welke groep zit S.V.?');
  });

  it('a note that reads as another topic is held; "Nee, dat was mijn antwoord" keeps it', () => {
    const t = atInitials();
    t.say('S.V. groep 5');
    t.pressId('handoff/note');
    t.say('vorige week ook al blauwe plekken gezien');
    expect(slots(t)).not.toHaveProperty('note');
    t.pressId('cmd/use-held');
    expect(slots(t)).toMatchObject({ note: 'vorige week ook al blauwe plekken gezien' });
    expect(t.text).toContain('• Notitie: vorige week ook al blauwe plekken gezien');
  });
});

describe('buttons pressed twice or too late', () => {
  it('"Versturen" twice (a double click, a client retry): one handoff, the form is not restarted', () => {
    const t = atInitials();
    t.say('S.V. groep 5');
    t.pressId('handoff/send');
    expect(handoffs(t)).toHaveLength(1);
    t.pressId('handoff/send');
    expect(handoffs(t)).toEqual([]);
    expect(t.text).toContain('Die knop heb ik al verwerkt');
    expect(t.text).not.toContain('hoort bij een eerdere stap');
    expect(openHandoff(t)).toBeNull();
    expect(t.session.stepId).toBe('vastleggen');
  });

  it('an urgency button pressed again, or an old protocol button, never restarts the form or loses answers', () => {
    const t = new Transcript('proo-leiden');
    t.say('overdracht');
    t.pressId('handoff/urgency/hoog');
    t.say('S.V.');
    t.pressId('handoff/urgency/hoog');
    expect(openHandoff(t)).toMatchObject({ stage: 'group', urgency: 'hoog' });
    expect(slots(t)).toMatchObject({ initials: 'S.V.' });
    const u = atInitials();
    u.say('S.V.');
    u.pressId('disclosure-proo/direct/verder');
    expect(u.text).toContain('Die knop hoort bij een eerdere stap');
    expect(openHandoff(u)).toMatchObject({ stage: 'group' });
    expect(slots(u)).toMatchObject({ initials: 'S.V.' });
  });
});

describe('the handoff says what was done in the protocol’s words', () => {
  it('"Al gedaan" lists protocol steps, not button labels', () => {
    const t = atInitials();
    t.say('S.V. groep 5');
    t.pressId('handoff/send');
    const done = handoffs(t)[0]!.done;
    expect(done).toEqual(['Een leerling vertelt je uit zichzelf over huiselijk geweld of kindermishandeling, met of zonder een hulpvraag.']);
    expect(done.join(' ')).not.toContain('Begrepen, wat moet ik nog meer weten?');
  });
});

describe('forms of calamity mode are dialogs too', () => {
  it('an alarm typed at the incident date is no date: the missing child starts at once (issue 12)', () => {
    const t = new Transcript('proo-leiden', { role: 'directeur' });
    t.say('incident');
    t.pressId('incident/category/fysiek-geweld');
    t.say('een leerling wordt vermist, we kunnen hem nergens vinden');
    expect(t.route).toBe('vermissing');
    expect(t.replies[0]!.text).toContain('bel meteen 112');
    expect(t.text).not.toContain('datum');
    expect(t.effects.some((e) => e.type === 'incident')).toBe(false);
    t.pressId('cmd/resume');
    expect(t.text).toContain('Op welke datum?');
  });

  it('"log: …" fills the logbook note of the selected case in one message', () => {
    const t = new Transcript('proo-leiden', { role: 'directeur' });
    t.pressId('route/overlijden');
    t.pressId('case/open/rouw');
    t.say('Overlijden leerling groep 6 na ongeval');
    t.pressId('case-open/size/groot');
    const opened = t.effects.find((e) => e.type === 'case');
    expect(opened).toMatchObject({ request: { op: 'open', template: 'rouw', title: 'Overlijden leerling groep 6 na ongeval', size: 'groot' } });
    t.say('log: ouders klas 6 gebeld');
    expect(t.effects.find((e) => e.type === 'case')).toMatchObject({ request: { op: 'note', text: 'ouders klas 6 gebeld' } });
    expect(t.session.forms).toEqual([]);
  });
});
