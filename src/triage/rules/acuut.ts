import { acts, adults } from '../acts.js';
import type { Evidence } from '../evidence.js';
import { subjectBefore } from '../roles.js';

/** What combinations of signals add to acuut's score (its cues: triage/lexicon/acuut.yaml). */
export const acuut = (e: Evidence): number => dangerNow(e) + medicalEmergency(e);

/**
 * Someone at school collapsing or overdosing is acute; a parent who was taken
 * to hospital after an overdose last week is a kindcheck.
 */
function medicalEmergency(e: Evidence): number {
  const hits = e.hits('medical');
  if (hits.length === 0) return 0;
  const aboutParent = hits.every((occurrence) => subjectBefore(e, occurrence[0]!, true) === 'family');
  return aboutParent && !e.has('now') ? 1.5 : 5;
}

/**
 * A threat or violence by an adult that is happening now or here. Children
 * fighting in the break is behaviour, not this; an unnamed "ze" is in between.
 */
function dangerNow(e: Evidence): number {
  // Someone at the gate every day is a pattern to act on, not a danger this minute.
  const happening = e.has('now') || (e.has('presence') && !e.has('past') && !e.has('repeated'));
  const danger = acts(e, ['threat', 'harm', 'aggression']);
  const drunkHere = happening && e.has('intoxicated') ? 2 : 0;
  if (danger.length === 0) return drunkHere;
  if (!happening) return 0.5;
  const injured = e.has('injury') ? 1.5 : 0;
  // Shouting at or intimidating staff is unwanted behaviour; hurting, threatening, or raging at a child is danger.
  const physical = (act: (typeof danger)[number]): boolean => act.signal !== 'aggression' || (act.victim !== 'self' && act.victim !== 'staff');
  // Decisive on its own (triage.ts ruleSafetyNet): whatever the model reads, the asker gets 112 first and one question.
  if (danger.some((act) => adults.has(act.actor) && physical(act))) return 4 + injured + drunkHere;
  if (danger.some((act) => adults.has(act.actor))) return 1 + injured + drunkHere;
  if (danger.some((act) => act.actor === 'unknown') && !e.has('schoolPeer')) return 2 + injured + drunkHere;
  return 0.5;
}
