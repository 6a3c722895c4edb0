import { normalise } from '../text/normalise.js';
import { numberedStep, stepNumberPattern } from './entries.js';
import { safetyAlarm } from './safety-interrupt.js';
import type { Turn } from './turn.js';

/**
 * "we zitten al bij stap 3", typed in a numbered protocol: a step reference
 * that names no danger, even when the triage model, reading the whole
 * message, raises an alarm for it (a short message with few words leans on
 * each of them). The words around the step number are triaged on their own:
 * only when they raise no alarm either is the message a step jump, so "stap 3,
 * maar hij heeft nu een mes" still meets the safety interrupt. Asked questions
 * and open forms never jump (on-text.ts), so this is never true for them.
 */
export function stepReferenceWithoutDanger(turn: Turn, text: string, question: boolean): boolean {
  if (question || turn.form) return false;
  const dialog = turn.session.dialogId ? turn.ctx.content.dialogs.get(turn.session.dialogId) : undefined;
  if (!dialog || !numberedStep(dialog, text)) return false;
  const rest = normalise(text).replace(stepNumberPattern, ' ').replace(/\s+/g, ' ').trim();
  return rest === '' || safetyAlarm(turn, turn.ctx.triage(rest, turn.session.locale)) === null;
}
