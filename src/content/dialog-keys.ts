import type { Choice, Slot, Step } from './dialog-schema.js';
import type { Dialog, Form } from './types.js';

type Named = Pick<Dialog | Form, 'id'>;

/** Locale keys default to `<dialog>.<step>[.<choice>]` so dialog files stay short. */
export function stepTextKey(dialog: Named, stepId: string, step: Step): string | undefined {
  if (step.text) return step.text;
  // Switch steps say nothing; collect steps speak through their slot prompts; actions only when given a text.
  return step.type === 'switch' || step.type === 'collect' || step.type === 'action' ? undefined : `${dialog.id}.${stepId}`;
}

export function choiceLabelKey(dialog: Named, stepId: string, choice: Choice): string {
  return choice.label ?? `${dialog.id}.${stepId}.${choice.id}`;
}

export function dialogTitleKey(dialog: Pick<Dialog | Form, 'id' | 'title'>): string {
  return dialog.title ?? `${dialog.id}.title`;
}

/** The prompt for a slot of a collect step, or for an extra slot of a confirm step. */
export function slotPromptKey(dialog: Named, stepId: string, step: Step, slot: Slot): string {
  return step.type === 'confirm' ? `${dialog.id}.${stepId}.${slot.name}.ask` : `${dialog.id}.${stepId}.${slot.name}`;
}

/** The label of a fixed option of a slot. */
export function optionLabelKey(dialog: Named, stepId: string, slot: Slot, option: string): string {
  return slot.labels ? `${slot.labels}.${option}` : `${dialog.id}.${stepId}.${slot.name}.${option}`;
}

/** Texts every form has besides its steps' own: title, cancel button, "cancelled" reply, resume button. */
export function formKeys(form: Pick<Form, 'id' | 'title'>): string[] {
  return [dialogTitleKey(form), ...['cancel', 'cancelled', 'resume'].map((k) => `${form.id}.${k}`)];
}

/** Every locale key a step needs. */
export function stepLocaleKeys(dialog: Named, stepId: string, step: Step): string[] {
  const keys: string[] = [];
  const text = stepTextKey(dialog, stepId, step);
  if (text) keys.push(text);
  if (step.type === 'choice') keys.push(...step.choices.map((c) => choiceLabelKey(dialog, stepId, c)));
  if (step.type === 'checklist') keys.push(...step.items.map((i) => i.label ?? `${dialog.id}.${stepId}.${i.id}`));
  if (step.type === 'handoff') keys.push(step.ask ?? `${dialog.id}.${stepId}.ask`);
  if (step.type === 'reminder') keys.push(`${dialog.id}.${stepId}.due`);
  if (step.type === 'collect') for (const slot of step.slots) keys.push(...slotKeys(dialog, stepId, step, slot));
  if (step.type === 'confirm') {
    keys.push(`${dialog.id}.${stepId}.confirm`);
    for (const slot of step.extras) keys.push(...extraKeys(dialog, stepId, slot), ...slotKeys(dialog, stepId, step, slot));
  }
  return keys;
}

/** An extra slot of a confirm step: its button, and the summary line once filled. */
export function extraKeys(dialog: Named, stepId: string, slot: Slot): string[] {
  return [`${dialog.id}.${stepId}.${slot.name}`, `${dialog.id}.${stepId}.${slot.name}.filled`];
}

function slotKeys(dialog: Named, stepId: string, step: Step, slot: Slot): string[] {
  const keys = [slotPromptKey(dialog, stepId, step, slot)];
  if (slot.optional) keys.push(`${dialog.id}.${stepId}.${slot.name}.skip`);
  if (Array.isArray(slot.options)) keys.push(...slot.options.map((o) => optionLabelKey(dialog, stepId, slot, o)));
  return keys;
}
