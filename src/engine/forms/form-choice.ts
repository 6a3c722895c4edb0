import { validators } from '../validators/validators.js';
import type { Turn } from '../turn.js';
import { fillSlots } from './form-fill.js';
import { slotNamed, validatorContext } from './form-model.js';
import { slotOptions } from './form-options.js';
import { cancelForm, confirmForm, runForm } from './form-runner.js';

/**
 * A button of the open form: `<form>/cancel`, `<form>/<confirm step>`,
 * `<form>/<extra slot>` (e.g. "Notitie toevoegen"), `<form>/<slot>/<option>`
 * or `<form>/<slot>/skip`. A slot's button works whenever the form is open:
 * pressed again for a slot already given it is a correction, never a restart.
 * False when the button does not fit the open form (the caller then treats
 * it as a repeated or old button).
 */
export function formChoice(turn: Turn, choiceId: string): boolean {
  const [formId, name, option, ...more] = choiceId.split('/');
  const frame = turn.form;
  const form = formId ? turn.ctx.content.forms.get(formId) : undefined;
  if (!form || !frame || frame.formId !== formId || !name || more.length > 0) return false;
  const current = form.steps[frame.stepId];
  if (option === undefined) {
    if (name === 'cancel') {
      cancelForm(turn);
      return true;
    }
    if (form.steps[name]?.type === 'confirm') {
      if (frame.stepId !== name || frame.asking) return false;
      confirmForm(turn);
      return true;
    }
    if (current?.type === 'confirm' && current.extras.some((e) => e.name === name)) {
      turn.setForm({ ...frame, asking: name });
      runForm(turn);
      return true;
    }
    return false;
  }
  const at = slotNamed(form, name);
  if (!at) return false;
  if (option === 'skip') {
    if (frame.asking === name) turn.setForm({ ...frame, asking: undefined });
    else if (!at.slot.optional || frame.slots[name] !== undefined) return false;
    else {
      fillSlots(turn, { [name]: '' }, []);
      return true;
    }
    runForm(turn);
    return true;
  }
  const ctx = validatorContext(turn, form, at, frame);
  if (!slotOptions(turn, form, at, frame).some((o) => o.id === option)) return false;
  const parsed = validators[at.slot.validator].parse(option, ctx);
  if (!parsed.ok) return false;
  if (frame.slots[name] === parsed.value) {
    // The same button again (a double click, a client retry): nothing changes, the form asks on.
    runForm(turn);
    return true;
  }
  if (frame.slots[name] !== undefined) turn.reply({ text: turn.say('engine.form.corrected') });
  fillSlots(turn, { [name]: parsed.value }, parsed.notice ? [parsed.notice] : []);
  return true;
}
