import type { Slot, Step } from '../../content/dialog-schema.js';
import type { Form } from '../../content/types.js';
import type { Turn } from '../turn.js';
import type { FormFrame } from '../types.js';
import type { ValidatorContext } from '../validators/validator.js';
import { slotOptions } from './form-options.js';

export type CollectStep = Extract<Step, { type: 'collect' }>;
export type ConfirmStep = Extract<Step, { type: 'confirm' }>;

/** A slot with the step that asks for it. */
export interface SlotAt {
  readonly stepId: string;
  readonly slot: Slot;
}

export function formOf(turn: Turn, frame: FormFrame): Form {
  const form = turn.ctx.content.forms.get(frame.formId);
  if (!form) throw new Error(`session ${turn.session.key} has an open form "${frame.formId}" that does not exist`);
  return form;
}

export function stepOf(form: Form, stepId: string): Step {
  const step = form.steps[stepId];
  if (!step) throw new Error(`form ${form.id} has no step ${stepId}`);
  return step;
}

/** Every slot the form asks for, collect steps first, then confirm extras. */
export function formSlots(form: Form): SlotAt[] {
  const slots: SlotAt[] = [];
  for (const [stepId, step] of Object.entries(form.steps)) {
    if (step.type === 'collect') for (const slot of step.slots) slots.push({ stepId, slot });
    if (step.type === 'confirm') for (const slot of step.extras) slots.push({ stepId, slot: { ...slot, optional: true } });
  }
  return slots;
}

export function slotNamed(form: Form, name: string): SlotAt | undefined {
  return formSlots(form).find((s) => s.slot.name === name);
}

export function validatorContext(turn: Turn, form: Form, at: SlotAt, frame: FormFrame): ValidatorContext {
  return {
    now: turn.ctx.now,
    timezone: turn.school.timezone,
    locale: turn.session.locale,
    options: slotOptions(turn, form, at, frame),
    ...(at.slot.max ? { max: at.slot.max } : {}),
  };
}

/** Slots of a collect step still to ask; a slot whose option source offers nothing here is not asked. */
export function openSlots(turn: Turn, form: Form, frame: FormFrame, stepId: string, step: CollectStep): SlotAt[] {
  return step.slots
    .map((slot) => ({ stepId, slot }))
    .filter((at) => !(at.slot.name in frame.slots))
    .filter((at) => !(at.slot.options && !Array.isArray(at.slot.options) && slotOptions(turn, form, at, frame).length === 0));
}
