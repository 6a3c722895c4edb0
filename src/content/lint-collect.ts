import type { Slot, Step } from './dialog-schema.js';
import type { ValidatorName } from './registry-names.js';
import type { ContentProblem } from './problem.js';

/** Validators whose slot may show option buttons; `choice` needs them. */
const buttonValidators: ReadonlySet<ValidatorName> = new Set(['choice', 'yes-no', 'name', 'date', 'text']);

/**
 * Rules for the steps that collect values and run actions: slot names unique
 * in the file, options only where a validator can use them, and actions only
 * in forms (a protocol hands off through a `handoff` step, which calls the
 * handoff form).
 */
export function lintCollectSteps(file: string, steps: Readonly<Record<string, Step>>, kind: 'protocol' | 'form'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (at: string, message: string, code: ContentProblem['code'] = 'form-rule') => problems.push({ code, file, at, message });
  const seen = new Map<string, string>();
  const checkSlot = (stepId: string, slot: Slot) => {
    const first = seen.get(slot.name);
    if (first) problem(stepId, `slot "${slot.name}" is already collected at step "${first}"`, 'duplicate-id');
    seen.set(slot.name, stepId);
    if (slot.validator === 'choice' && !slot.options) problem(stepId, `slot "${slot.name}" uses the choice validator but has no options`);
    if (slot.options && !buttonValidators.has(slot.validator)) problem(stepId, `slot "${slot.name}": validator "${slot.validator}" takes no option buttons`);
    if (slot.labels && !Array.isArray(slot.options)) problem(stepId, `slot "${slot.name}": labels apply to fixed options only`);
  };
  for (const [stepId, step] of Object.entries(steps)) {
    if (step.type === 'collect') for (const slot of step.slots) checkSlot(stepId, slot);
    if (step.type === 'confirm') for (const slot of step.extras) checkSlot(stepId, { ...slot, optional: true });
    if (kind === 'protocol' && (step.type === 'confirm' || step.type === 'action')) {
      problem(stepId, `a protocol cannot run actions ("${step.action}"): use a handoff step, or put the step in a form (dialogs/forms/)`);
    }
    if (kind === 'protocol' && step.type === 'collect' && !step.next) problem(stepId, 'a collect step in a protocol needs `next`');
    if (kind === 'form' && (step.type === 'choice' || step.type === 'handoff' || step.type === 'switch' || step.type === 'reminder')) {
      problem(stepId, `forms use message, collect, confirm, action and end steps, not "${step.type}"`);
    }
  }
  return problems;
}

/** Every slot a form collects or is given. */
export function formSlotNames(steps: Readonly<Record<string, Step>>, params: readonly string[]): Set<string> {
  const names = new Set(params);
  for (const step of Object.values(steps)) {
    if (step.type === 'collect') for (const slot of step.slots) names.add(slot.name);
    if (step.type === 'confirm') for (const slot of step.extras) names.add(slot.name);
  }
  return names;
}
