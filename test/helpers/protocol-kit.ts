import type { Effect, HandoffRequest, Reply } from '../../src/engine/types.js';
import type { Transcript } from './transcript.js';

/** A sentence that advises talking to (or informing) the parents, not negated ("niet", "not"). */
const parentsFirst = [
  /\b(ga|gaat|voer|voert|plan|bespreek|bel)\b[^.!?\n]*\bouders\b/i,
  /\bouders\b[^.!?\n]*\b(inlichten|informeren|uitnodigen|bellen)\b/i,
  /\b(talk|speak|call|inform)\b[^.!?\n]*\bparents\b/i,
];
const negated = /\b(niet|geen|nooit|not|never|don't|do not)\b/i;

export function suggestsParentsFirst(reply: Reply): boolean {
  return reply.text.split(/(?<=[.!?\n])/).some((sentence) => parentsFirst.some((p) => p.test(sentence)) && !negated.test(sentence));
}

/** Ids of the contact cards on the last replies. */
export const cardIds = (t: Transcript): string[] => t.replies.flatMap((r) => (r.contacts ?? []).map((c) => c.id));

/** The open handoff form: to whom, how urgent, and what it asks now (`initials`, `group`, `urgency`, `note` or `confirm`); null when none is open. */
export function openHandoff(t: Transcript): { to: string; urgency?: string; stage: string } | null {
  const frame = t.session.forms.at(-1);
  if (frame?.formId !== 'handoff') return null;
  const { to = '', urgency, initials } = frame.slots;
  const stage = frame.stepId === 'urgency' ? 'urgency' : frame.stepId === 'pupil' ? (initials ? 'group' : 'initials') : (frame.asking ?? 'confirm');
  return { to, ...(urgency ? { urgency } : {}), stage };
}

/** Fills the handoff form (initials, group, send: no note) and returns the handoff the engine queued. */
export function sendHandoff(t: Transcript, initials = 'S.V.', group = '6'): HandoffRequest {
  t.say(initials);
  t.say(group);
  t.pressId('handoff/send');
  const effect = t.effects.find((e): e is Extract<Effect, { type: 'handoff' }> => e.type === 'handoff');
  if (!effect) throw new Error('no handoff effect after sending the handoff form');
  return effect.handoff;
}
