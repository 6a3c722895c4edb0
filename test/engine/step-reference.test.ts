import { describe, expect, it } from 'vitest';
import type { TriageResult } from '../../src/engine/context.js';
import { actorAmbiguity } from '../helpers/actor-ambiguity.js';
import { Transcript } from '../helpers/transcript.js';

/**
 * A triage model that reads "stap N" as alarming (what a retrained model did
 * with "we zitten al bij stap 3": a missing child), and a knife as danger now.
 * Which messages those are is triage's business; this is the engine's rule.
 */
function stepAlarmed(text: string): TriageResult {
  if (/\bmes\b/.test(text)) return { route: 'acuut', candidates: ['acuut'] };
  if (/\bstap\b/.test(text)) return { route: 'vermissing', candidates: ['vermissing'] };
  return { route: null, candidates: [] };
}

describe('a step reference in a numbered protocol meets the safety interrupt only for its other words', () => {
  it('"we zitten al bij stap 3" in the pestprotocol goes to stap 3, even when triage alarms on the whole message', () => {
    const t = new Transcript('sbo-de-brug', { triage: stepAlarmed });
    t.pressId('route/pesten');
    t.say('we zitten al bij stap 3');
    expect(t.session).toMatchObject({ route: 'pesten', dialogId: 'pesten-brug', stepId: 'stap3' });
    expect(t.text).toContain('Stap 3 — Ondersteuning voor beide kinderen');
  });

  it('a step reference with danger beside it still interrupts at once', () => {
    const t = new Transcript('sbo-de-brug', { triage: stepAlarmed });
    t.pressId('route/pesten');
    t.say('we zitten bij stap 3 maar hij heeft nu een mes');
    expect(t.session.route).toBe('acuut');
    expect(t.session.stepId).not.toBe('stap3');
  });

  it('outside a numbered protocol, and for a step the protocol does not have, the alarm stands', () => {
    const fresh = new Transcript('sbo-de-brug', { triage: stepAlarmed });
    fresh.say('we zitten al bij stap 3');
    expect(fresh.session.route).toBe('vermissing');
    const t = new Transcript('sbo-de-brug', { triage: stepAlarmed });
    t.pressId('route/pesten');
    t.say('we zitten al bij stap 42');
    expect(t.session.route).toBe('vermissing');
  });

  it('in an open form a step reference is no jump, so its alarm interrupts the form', () => {
    const t = new Transcript('sbo-de-brug', { triage: stepAlarmed });
    t.pressId('route/pesten');
    t.say('overdracht');
    expect(t.session.forms.length).toBeGreaterThan(0);
    t.say('we zitten al bij stap 3');
    expect(t.session.route).toBe('vermissing');
    expect(t.session.paused.at(-1)?.forms.length).toBeGreaterThan(0);
  });

  it('an explicit question is never a step jump, so its alarm interrupts: here the shared action and "who does this?"', () => {
    const ambiguous = (text: string): TriageResult => (/\bstap\b/.test(text) ? actorAmbiguity(null) : { route: null, candidates: [] });
    const t = new Transcript('sbo-de-brug', { triage: ambiguous });
    t.pressId('route/pesten');
    t.ask('we zitten al bij stap 3');
    expect(t.text).toContain('Wie doet dit?');
    expect(t.session.paused.at(-1)?.route).toBe('pesten');
  });
});
