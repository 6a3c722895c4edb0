import type { Choice, Step } from './dialog-schema.js';
import type { Dialog } from './types.js';

/** Locale keys default to `<dialog>.<step>[.<choice>]` so dialog files stay short. */
export function stepTextKey(dialog: Pick<Dialog, 'id'>, stepId: string, step: Step): string | undefined {
  if (step.text) return step.text;
  return step.type === 'switch' ? undefined : `${dialog.id}.${stepId}`;
}

export function choiceLabelKey(dialog: Pick<Dialog, 'id'>, stepId: string, choice: Choice): string {
  return choice.label ?? `${dialog.id}.${stepId}.${choice.id}`;
}

export function dialogTitleKey(dialog: Pick<Dialog, 'id' | 'title'>): string {
  return dialog.title ?? `${dialog.id}.title`;
}

/** Every locale key a step needs. */
export function stepLocaleKeys(dialog: Pick<Dialog, 'id'>, stepId: string, step: Step): string[] {
  const keys: string[] = [];
  const text = stepTextKey(dialog, stepId, step);
  if (text) keys.push(text);
  if (step.type === 'choice') keys.push(...step.choices.map((c) => choiceLabelKey(dialog, stepId, c)));
  if (step.type === 'checklist') keys.push(...step.items.map((i) => i.label ?? `${dialog.id}.${stepId}.${i.id}`));
  if (step.type === 'handoff') keys.push(step.ask ?? `${dialog.id}.${stepId}.ask`);
  if (step.type === 'reminder') keys.push(`${dialog.id}.${stepId}.due`);
  return keys;
}
