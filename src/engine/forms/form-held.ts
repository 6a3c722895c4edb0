import { validators } from '../validators/validators.js';
import type { Turn } from '../turn.js';
import type { ChoiceView, FormFrame, PausedConversation } from '../types.js';
import { askedSlot, fillSlots } from './form-fill.js';
import { formOf, validatorContext } from './form-model.js';
import { runForm } from './form-runner.js';
import { resume } from '../pause.js';

export const useHeldChoiceId = 'cmd/use-held';

/**
 * A message in a free-text slot (a note, a title) that read as a new question
 * or an alarm: kept on the form for one turn, not as a value, so the asker
 * can say "that was my answer" with a button. Returns that button, or null
 * when the asked slot is not free text.
 */
export function holdText(turn: Turn, text: string): ChoiceView | null {
  const frame = turn.form;
  const at = frame ? askedSlot(turn, frame) : null;
  if (!frame || !at || !validators[at.slot.validator].free) return null;
  turn.setForm({ ...frame, held: { slot: at.slot.name, text, turn: turn.session.version + 1 } });
  return { id: useHeldChoiceId, label: turn.say('engine.form.use-held') };
}

/** "Nee, dat was mijn antwoord": the held text becomes the value, after its validator (resuming a paused form first). */
export function useHeld(turn: Turn): boolean {
  const inPaused = turn.session.paused.at(-1)?.forms.at(-1)?.held;
  if (!turn.form?.held && inPaused && !resume(turn)) return false;
  const frame = turn.form;
  const held = frame?.held;
  if (!frame || !held) return false;
  const form = formOf(turn, frame);
  const at = askedSlot(turn, frame);
  turn.setForm({ ...frame, held: undefined });
  if (!at || at.slot.name !== held.slot) return false;
  const parsed = validators[at.slot.validator].parse(held.text, validatorContext(turn, form, at, frame));
  if (!parsed.ok) {
    turn.reply({ text: turn.say(parsed.reason) });
    runForm(turn);
    return true;
  }
  fillSlots(turn, { [at.slot.name]: parsed.value }, parsed.notice ? [parsed.notice] : []);
  return true;
}

/** Held text lives one turn: anything else the asker does lets it go. */
export function dropStaleHeld(turn: Turn): void {
  const fresh = (frame: FormFrame): FormFrame => (frame.held && frame.held.turn !== turn.session.version ? { ...frame, held: undefined } : frame);
  const s = turn.session;
  s.forms = s.forms.map(fresh);
  s.paused = s.paused.map((p): PausedConversation => ({ ...p, forms: p.forms.map(fresh) }));
}
